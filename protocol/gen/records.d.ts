import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace cen. */
export namespace cen {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Location.
         * @deprecated Use cen.v1.Location.$Properties instead.
         */
        interface ILocation extends cen.v1.Location.$Properties {
        }

        /** Represents a Location. */
        class Location {

            /**
             * Constructs a new Location.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.Location.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Location type. */
            type: string;

            /** Location code. */
            code: (string|null);

            /** Location name. */
            name: (string|null);

            /** Location lat. */
            lat: (number|null);

            /** Location lon. */
            lon: (number|null);

            /**
             * Creates a new Location instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Location instance
             */
            static create(properties: cen.v1.Location.$Shape): cen.v1.Location & cen.v1.Location.$Shape;
            static create(properties?: cen.v1.Location.$Properties): cen.v1.Location;

            /**
             * Encodes the specified Location message. Does not implicitly {@link cen.v1.Location.verify|verify} messages.
             * @param message Location message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.Location & cen.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.Location & cen.v1.Location.$Shape;

            /**
             * Verifies a Location message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Location message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Location
             */
            static fromObject(object: { [k: string]: any }): cen.v1.Location;

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @param message Location
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.Location, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Location to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Location
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Location {

            /** Properties of a Location. */
            interface $Properties {

                /** Location type */
                type?: string;

                /** Location code */
                code?: (string|null);

                /** Location name */
                name?: (string|null);

                /** Location lat */
                lat?: (number|null);

                /** Location lon */
                lon?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Location. */
            type $Shape = cen.v1.Location.$Properties;
        }

        /**
         * Properties of a Detection.
         * @deprecated Use cen.v1.Detection.$Properties instead.
         */
        interface IDetection extends cen.v1.Detection.$Properties {
        }

        /** Represents a Detection. */
        class Detection {

            /**
             * Constructs a new Detection.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.Detection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Detection method. */
            method: string;

            /**
             * Creates a new Detection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Detection instance
             */
            static create(properties: cen.v1.Detection.$Shape): cen.v1.Detection & cen.v1.Detection.$Shape;
            static create(properties?: cen.v1.Detection.$Properties): cen.v1.Detection;

            /**
             * Encodes the specified Detection message. Does not implicitly {@link cen.v1.Detection.verify|verify} messages.
             * @param message Detection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.Detection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Detection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.Detection & cen.v1.Detection.$Shape} Detection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.Detection & cen.v1.Detection.$Shape;

            /**
             * Verifies a Detection message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Detection message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Detection
             */
            static fromObject(object: { [k: string]: any }): cen.v1.Detection;

            /**
             * Creates a plain object from a Detection message. Also converts values to other types if specified.
             * @param message Detection
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.Detection, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Detection to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Detection
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Detection {

            /** Properties of a Detection. */
            interface $Properties {

                /** Detection method */
                method?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Detection. */
            type $Shape = cen.v1.Detection.$Properties;
        }

        /**
         * Properties of a Conveyance.
         * @deprecated Use cen.v1.Conveyance.$Properties instead.
         */
        interface IConveyance extends cen.v1.Conveyance.$Properties {
        }

        /** Represents a Conveyance. */
        class Conveyance {

            /**
             * Constructs a new Conveyance.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.Conveyance.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Conveyance mode. */
            mode: string;

            /** Conveyance carrier. */
            carrier: (string|null);

            /** Conveyance flightOrVoyage. */
            flightOrVoyage: (string|null);

            /** Conveyance containerNumber. */
            containerNumber: (string|null);

            /** Conveyance vehicleRegistration. */
            vehicleRegistration: (string|null);

            /** Conveyance imo. */
            imo: (string|null);

            /**
             * Creates a new Conveyance instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Conveyance instance
             */
            static create(properties: cen.v1.Conveyance.$Shape): cen.v1.Conveyance & cen.v1.Conveyance.$Shape;
            static create(properties?: cen.v1.Conveyance.$Properties): cen.v1.Conveyance;

            /**
             * Encodes the specified Conveyance message. Does not implicitly {@link cen.v1.Conveyance.verify|verify} messages.
             * @param message Conveyance message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.Conveyance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Conveyance message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.Conveyance & cen.v1.Conveyance.$Shape} Conveyance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.Conveyance & cen.v1.Conveyance.$Shape;

            /**
             * Verifies a Conveyance message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Conveyance message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Conveyance
             */
            static fromObject(object: { [k: string]: any }): cen.v1.Conveyance;

            /**
             * Creates a plain object from a Conveyance message. Also converts values to other types if specified.
             * @param message Conveyance
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.Conveyance, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Conveyance to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Conveyance
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Conveyance {

            /** Properties of a Conveyance. */
            interface $Properties {

                /** Conveyance mode */
                mode?: string;

                /** Conveyance carrier */
                carrier?: (string|null);

                /** Conveyance flightOrVoyage */
                flightOrVoyage?: (string|null);

                /** Conveyance containerNumber */
                containerNumber?: (string|null);

                /** Conveyance vehicleRegistration */
                vehicleRegistration?: (string|null);

                /** Conveyance imo */
                imo?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Conveyance. */
            type $Shape = cen.v1.Conveyance.$Properties;
        }

        /**
         * Properties of a Concealment.
         * @deprecated Use cen.v1.Concealment.$Properties instead.
         */
        interface IConcealment extends cen.v1.Concealment.$Properties {
        }

        /** Represents a Concealment. */
        class Concealment {

            /**
             * Constructs a new Concealment.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.Concealment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Concealment method. */
            method: string;

            /** Concealment description. */
            description: (string|null);

            /**
             * Creates a new Concealment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Concealment instance
             */
            static create(properties: cen.v1.Concealment.$Shape): cen.v1.Concealment & cen.v1.Concealment.$Shape;
            static create(properties?: cen.v1.Concealment.$Properties): cen.v1.Concealment;

            /**
             * Encodes the specified Concealment message. Does not implicitly {@link cen.v1.Concealment.verify|verify} messages.
             * @param message Concealment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.Concealment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Concealment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.Concealment & cen.v1.Concealment.$Shape} Concealment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.Concealment & cen.v1.Concealment.$Shape;

            /**
             * Verifies a Concealment message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Concealment message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Concealment
             */
            static fromObject(object: { [k: string]: any }): cen.v1.Concealment;

            /**
             * Creates a plain object from a Concealment message. Also converts values to other types if specified.
             * @param message Concealment
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.Concealment, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Concealment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Concealment
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Concealment {

            /** Properties of a Concealment. */
            interface $Properties {

                /** Concealment method */
                method?: string;

                /** Concealment description */
                description?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Concealment. */
            type $Shape = cen.v1.Concealment.$Properties;
        }

        /**
         * Properties of a Route.
         * @deprecated Use cen.v1.Route.$Properties instead.
         */
        interface IRoute extends cen.v1.Route.$Properties {
        }

        /** Represents a Route. */
        class Route {

            /**
             * Constructs a new Route.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.Route.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Route origin. */
            origin: (string|null);

            /** Route departure. */
            departure: (string|null);

            /** Route transit. */
            transit: string[];

            /** Route destination. */
            destination: (string|null);

            /**
             * Creates a new Route instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Route instance
             */
            static create(properties: cen.v1.Route.$Shape): cen.v1.Route & cen.v1.Route.$Shape;
            static create(properties?: cen.v1.Route.$Properties): cen.v1.Route;

            /**
             * Encodes the specified Route message. Does not implicitly {@link cen.v1.Route.verify|verify} messages.
             * @param message Route message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.Route.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Route message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.Route & cen.v1.Route.$Shape} Route
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.Route & cen.v1.Route.$Shape;

            /**
             * Verifies a Route message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Route message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Route
             */
            static fromObject(object: { [k: string]: any }): cen.v1.Route;

            /**
             * Creates a plain object from a Route message. Also converts values to other types if specified.
             * @param message Route
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.Route, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Route to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Route
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Route {

            /** Properties of a Route. */
            interface $Properties {

                /** Route origin */
                origin?: (string|null);

                /** Route departure */
                departure?: (string|null);

                /** Route transit */
                transit?: string[];

                /** Route destination */
                destination?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Route. */
            type $Shape = cen.v1.Route.$Properties;
        }

        /**
         * Properties of an Item.
         * @deprecated Use cen.v1.Item.$Properties instead.
         */
        interface IItem extends cen.v1.Item.$Properties {
        }

        /** Represents an Item. */
        class Item {

            /**
             * Constructs a new Item.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.Item.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Item itrArea. */
            itrArea: string;

            /** Item commodity. */
            commodity: string;

            /** Item hsCode. */
            hsCode: (string|null);

            /** Item description. */
            description: (string|null);

            /** Item quantity. */
            quantity: (number|null);

            /** Item unit. */
            unit: (string|null);

            /** Item valueUsd. */
            valueUsd: (number|null);

            /** Item brand. */
            brand: (string|null);

            /** Item citesSpecies. */
            citesSpecies: (string|null);

            /**
             * Creates a new Item instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Item instance
             */
            static create(properties: cen.v1.Item.$Shape): cen.v1.Item & cen.v1.Item.$Shape;
            static create(properties?: cen.v1.Item.$Properties): cen.v1.Item;

            /**
             * Encodes the specified Item message. Does not implicitly {@link cen.v1.Item.verify|verify} messages.
             * @param message Item message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.Item.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Item message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.Item & cen.v1.Item.$Shape} Item
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.Item & cen.v1.Item.$Shape;

            /**
             * Verifies an Item message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Item message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Item
             */
            static fromObject(object: { [k: string]: any }): cen.v1.Item;

            /**
             * Creates a plain object from an Item message. Also converts values to other types if specified.
             * @param message Item
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.Item, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Item to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Item
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Item {

            /** Properties of an Item. */
            interface $Properties {

                /** Item itrArea */
                itrArea?: string;

                /** Item commodity */
                commodity?: string;

                /** Item hsCode */
                hsCode?: (string|null);

                /** Item description */
                description?: (string|null);

                /** Item quantity */
                quantity?: (number|null);

                /** Item unit */
                unit?: (string|null);

                /** Item valueUsd */
                valueUsd?: (number|null);

                /** Item brand */
                brand?: (string|null);

                /** Item citesSpecies */
                citesSpecies?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Item. */
            type $Shape = cen.v1.Item.$Properties;
        }

        /**
         * Properties of an Offender.
         * @deprecated Use cen.v1.Offender.$Properties instead.
         */
        interface IOffender extends cen.v1.Offender.$Properties {
        }

        /** Represents an Offender. */
        class Offender {

            /**
             * Constructs a new Offender.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.Offender.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Offender nationality. */
            nationality: (string|null);

            /** Offender gender. */
            gender: (string|null);

            /** Offender ageBand. */
            ageBand: (string|null);

            /** Offender role. */
            role: (string|null);

            /**
             * Creates a new Offender instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Offender instance
             */
            static create(properties: cen.v1.Offender.$Shape): cen.v1.Offender & cen.v1.Offender.$Shape;
            static create(properties?: cen.v1.Offender.$Properties): cen.v1.Offender;

            /**
             * Encodes the specified Offender message. Does not implicitly {@link cen.v1.Offender.verify|verify} messages.
             * @param message Offender message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.Offender.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Offender message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.Offender & cen.v1.Offender.$Shape} Offender
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.Offender & cen.v1.Offender.$Shape;

            /**
             * Verifies an Offender message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Offender message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Offender
             */
            static fromObject(object: { [k: string]: any }): cen.v1.Offender;

            /**
             * Creates a plain object from an Offender message. Also converts values to other types if specified.
             * @param message Offender
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.Offender, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Offender to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Offender
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Offender {

            /** Properties of an Offender. */
            interface $Properties {

                /** Offender nationality */
                nationality?: (string|null);

                /** Offender gender */
                gender?: (string|null);

                /** Offender ageBand */
                ageBand?: (string|null);

                /** Offender role */
                role?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Offender. */
            type $Shape = cen.v1.Offender.$Properties;
        }

        /**
         * Properties of a PersonLink.
         * @deprecated Use cen.v1.PersonLink.$Properties instead.
         */
        interface IPersonLink extends cen.v1.PersonLink.$Properties {
        }

        /** Represents a PersonLink. */
        class PersonLink {

            /**
             * Constructs a new PersonLink.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.PersonLink.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PersonLink id. */
            id: string;

            /** PersonLink role. */
            role: string;

            /**
             * Creates a new PersonLink instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PersonLink instance
             */
            static create(properties: cen.v1.PersonLink.$Shape): cen.v1.PersonLink & cen.v1.PersonLink.$Shape;
            static create(properties?: cen.v1.PersonLink.$Properties): cen.v1.PersonLink;

            /**
             * Encodes the specified PersonLink message. Does not implicitly {@link cen.v1.PersonLink.verify|verify} messages.
             * @param message PersonLink message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.PersonLink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PersonLink message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.PersonLink & cen.v1.PersonLink.$Shape} PersonLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.PersonLink & cen.v1.PersonLink.$Shape;

            /**
             * Verifies a PersonLink message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PersonLink message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PersonLink
             */
            static fromObject(object: { [k: string]: any }): cen.v1.PersonLink;

            /**
             * Creates a plain object from a PersonLink message. Also converts values to other types if specified.
             * @param message PersonLink
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.PersonLink, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PersonLink to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PersonLink
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PersonLink {

            /** Properties of a PersonLink. */
            interface $Properties {

                /** PersonLink id */
                id?: string;

                /** PersonLink role */
                role?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PersonLink. */
            type $Shape = cen.v1.PersonLink.$Properties;
        }

        /**
         * Properties of a BusinessLink.
         * @deprecated Use cen.v1.BusinessLink.$Properties instead.
         */
        interface IBusinessLink extends cen.v1.BusinessLink.$Properties {
        }

        /** Represents a BusinessLink. */
        class BusinessLink {

            /**
             * Constructs a new BusinessLink.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.BusinessLink.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BusinessLink id. */
            id: string;

            /** BusinessLink role. */
            role: string;

            /**
             * Creates a new BusinessLink instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BusinessLink instance
             */
            static create(properties: cen.v1.BusinessLink.$Shape): cen.v1.BusinessLink & cen.v1.BusinessLink.$Shape;
            static create(properties?: cen.v1.BusinessLink.$Properties): cen.v1.BusinessLink;

            /**
             * Encodes the specified BusinessLink message. Does not implicitly {@link cen.v1.BusinessLink.verify|verify} messages.
             * @param message BusinessLink message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.BusinessLink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BusinessLink message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.BusinessLink & cen.v1.BusinessLink.$Shape} BusinessLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.BusinessLink & cen.v1.BusinessLink.$Shape;

            /**
             * Verifies a BusinessLink message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BusinessLink message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BusinessLink
             */
            static fromObject(object: { [k: string]: any }): cen.v1.BusinessLink;

            /**
             * Creates a plain object from a BusinessLink message. Also converts values to other types if specified.
             * @param message BusinessLink
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.BusinessLink, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BusinessLink to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BusinessLink
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BusinessLink {

            /** Properties of a BusinessLink. */
            interface $Properties {

                /** BusinessLink id */
                id?: string;

                /** BusinessLink role */
                role?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BusinessLink. */
            type $Shape = cen.v1.BusinessLink.$Properties;
        }

        /**
         * Properties of a PhotoMeta.
         * @deprecated Use cen.v1.PhotoMeta.$Properties instead.
         */
        interface IPhotoMeta extends cen.v1.PhotoMeta.$Properties {
        }

        /** Represents a PhotoMeta. */
        class PhotoMeta {

            /**
             * Constructs a new PhotoMeta.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.PhotoMeta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PhotoMeta hash. */
            hash: string;

            /** PhotoMeta mime. */
            mime: string;

            /** PhotoMeta caption. */
            caption: (string|null);

            /** PhotoMeta width. */
            width: (number|null);

            /** PhotoMeta height. */
            height: (number|null);

            /** PhotoMeta shareWithWco. */
            shareWithWco: (boolean|null);

            /** PhotoMeta thumbHash. */
            thumbHash: (string|null);

            /** PhotoMeta bytes. */
            bytes: (number|null);

            /** PhotoMeta gps. */
            gps: cen.v1.PhotoGps;

            /** PhotoMeta phash. */
            phash: (string|null);

            /** PhotoMeta uploadedAt. */
            uploadedAt: (string|null);

            /** PhotoMeta uploadedBy. */
            uploadedBy: (string|null);

            /**
             * Creates a new PhotoMeta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PhotoMeta instance
             */
            static create(properties: cen.v1.PhotoMeta.$Shape): cen.v1.PhotoMeta & cen.v1.PhotoMeta.$Shape;
            static create(properties?: cen.v1.PhotoMeta.$Properties): cen.v1.PhotoMeta;

            /**
             * Encodes the specified PhotoMeta message. Does not implicitly {@link cen.v1.PhotoMeta.verify|verify} messages.
             * @param message PhotoMeta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.PhotoMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PhotoMeta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.PhotoMeta & cen.v1.PhotoMeta.$Shape} PhotoMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.PhotoMeta & cen.v1.PhotoMeta.$Shape;

            /**
             * Verifies a PhotoMeta message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PhotoMeta message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PhotoMeta
             */
            static fromObject(object: { [k: string]: any }): cen.v1.PhotoMeta;

            /**
             * Creates a plain object from a PhotoMeta message. Also converts values to other types if specified.
             * @param message PhotoMeta
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.PhotoMeta, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PhotoMeta to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PhotoMeta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PhotoMeta {

            /** Properties of a PhotoMeta. */
            interface $Properties {

                /** PhotoMeta hash */
                hash?: string;

                /** PhotoMeta mime */
                mime?: string;

                /** PhotoMeta caption */
                caption?: (string|null);

                /** PhotoMeta width */
                width?: (number|null);

                /** PhotoMeta height */
                height?: (number|null);

                /** PhotoMeta shareWithWco */
                shareWithWco?: (boolean|null);

                /** PhotoMeta thumbHash */
                thumbHash?: (string|null);

                /** PhotoMeta bytes */
                bytes?: (number|null);

                /** PhotoMeta gps */
                gps?: cen.v1.PhotoGps.$Properties;

                /** PhotoMeta phash */
                phash?: (string|null);

                /** PhotoMeta uploadedAt */
                uploadedAt?: (string|null);

                /** PhotoMeta uploadedBy */
                uploadedBy?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PhotoMeta. */
            type $Shape = cen.v1.PhotoMeta.$Properties;
        }

        /**
         * Properties of a PhotoGps.
         * @deprecated Use cen.v1.PhotoGps.$Properties instead.
         */
        interface IPhotoGps extends cen.v1.PhotoGps.$Properties {
        }

        /** Represents a PhotoGps. */
        class PhotoGps {

            /**
             * Constructs a new PhotoGps.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.PhotoGps.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PhotoGps lat. */
            lat: number;

            /** PhotoGps lon. */
            lon: number;

            /**
             * Creates a new PhotoGps instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PhotoGps instance
             */
            static create(properties: cen.v1.PhotoGps.$Shape): cen.v1.PhotoGps & cen.v1.PhotoGps.$Shape;
            static create(properties?: cen.v1.PhotoGps.$Properties): cen.v1.PhotoGps;

            /**
             * Encodes the specified PhotoGps message. Does not implicitly {@link cen.v1.PhotoGps.verify|verify} messages.
             * @param message PhotoGps message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.PhotoGps.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PhotoGps message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.PhotoGps & cen.v1.PhotoGps.$Shape} PhotoGps
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.PhotoGps & cen.v1.PhotoGps.$Shape;

            /**
             * Verifies a PhotoGps message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PhotoGps message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PhotoGps
             */
            static fromObject(object: { [k: string]: any }): cen.v1.PhotoGps;

            /**
             * Creates a plain object from a PhotoGps message. Also converts values to other types if specified.
             * @param message PhotoGps
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.PhotoGps, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PhotoGps to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PhotoGps
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PhotoGps {

            /** Properties of a PhotoGps. */
            interface $Properties {

                /** PhotoGps lat */
                lat?: number;

                /** PhotoGps lon */
                lon?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PhotoGps. */
            type $Shape = cen.v1.PhotoGps.$Properties;
        }

        /**
         * Properties of a Handling.
         * @deprecated Use cen.v1.Handling.$Properties instead.
         */
        interface IHandling extends cen.v1.Handling.$Properties {
        }

        /** Represents a Handling. */
        class Handling {

            /**
             * Constructs a new Handling.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.Handling.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Handling code. */
            code: string;

            /** Handling source. */
            source: string;

            /** Handling reliability. */
            reliability: number;

            /**
             * Creates a new Handling instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Handling instance
             */
            static create(properties: cen.v1.Handling.$Shape): cen.v1.Handling & cen.v1.Handling.$Shape;
            static create(properties?: cen.v1.Handling.$Properties): cen.v1.Handling;

            /**
             * Encodes the specified Handling message. Does not implicitly {@link cen.v1.Handling.verify|verify} messages.
             * @param message Handling message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.Handling.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Handling message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.Handling & cen.v1.Handling.$Shape} Handling
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.Handling & cen.v1.Handling.$Shape;

            /**
             * Verifies a Handling message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Handling message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Handling
             */
            static fromObject(object: { [k: string]: any }): cen.v1.Handling;

            /**
             * Creates a plain object from a Handling message. Also converts values to other types if specified.
             * @param message Handling
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.Handling, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Handling to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Handling
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Handling {

            /** Properties of a Handling. */
            interface $Properties {

                /** Handling code */
                code?: string;

                /** Handling source */
                source?: string;

                /** Handling reliability */
                reliability?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Handling. */
            type $Shape = cen.v1.Handling.$Properties;
        }

        /**
         * Properties of a Provenance.
         * @deprecated Use cen.v1.Provenance.$Properties instead.
         */
        interface IProvenance extends cen.v1.Provenance.$Properties {
        }

        /** Represents a Provenance. */
        class Provenance {

            /**
             * Constructs a new Provenance.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.Provenance.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Provenance nodeId. */
            nodeId: string;

            /** Provenance country. */
            country: string;

            /** Provenance agreementId. */
            agreementId: string;

            /** Provenance receivedAt. */
            receivedAt: string;

            /** Provenance manifest. */
            manifest: string;

            /**
             * Creates a new Provenance instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Provenance instance
             */
            static create(properties: cen.v1.Provenance.$Shape): cen.v1.Provenance & cen.v1.Provenance.$Shape;
            static create(properties?: cen.v1.Provenance.$Properties): cen.v1.Provenance;

            /**
             * Encodes the specified Provenance message. Does not implicitly {@link cen.v1.Provenance.verify|verify} messages.
             * @param message Provenance message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.Provenance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Provenance message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.Provenance & cen.v1.Provenance.$Shape} Provenance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.Provenance & cen.v1.Provenance.$Shape;

            /**
             * Verifies a Provenance message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Provenance message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Provenance
             */
            static fromObject(object: { [k: string]: any }): cen.v1.Provenance;

            /**
             * Creates a plain object from a Provenance message. Also converts values to other types if specified.
             * @param message Provenance
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.Provenance, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Provenance to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Provenance
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Provenance {

            /** Properties of a Provenance. */
            interface $Properties {

                /** Provenance nodeId */
                nodeId?: string;

                /** Provenance country */
                country?: string;

                /** Provenance agreementId */
                agreementId?: string;

                /** Provenance receivedAt */
                receivedAt?: string;

                /** Provenance manifest */
                manifest?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Provenance. */
            type $Shape = cen.v1.Provenance.$Properties;
        }

        /**
         * Properties of a Case.
         * @deprecated Use cen.v1.Case.$Properties instead.
         */
        interface ICase extends cen.v1.Case.$Properties {
        }

        /** Represents a Case. */
        class Case {

            /**
             * Constructs a new Case.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.Case.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Case id. */
            id: string;

            /** Case ref. */
            ref: (string|null);

            /** Case kind. */
            kind: string;

            /** Case offenceTypes. */
            offenceTypes: string[];

            /** Case form. */
            form: string;

            /** Case status. */
            status: string;

            /** Case reportingCountry. */
            reportingCountry: string;

            /** Case office. */
            office: (string|null);

            /** Case seizureDate. */
            seizureDate: string;

            /** Case direction. */
            direction: (string|null);

            /** Case location. */
            location: cen.v1.Location;

            /** Case detection. */
            detection: cen.v1.Detection;

            /** Case conveyance. */
            conveyance: cen.v1.Conveyance;

            /** Case concealment. */
            concealment: cen.v1.Concealment;

            /** Case route. */
            route: cen.v1.Route;

            /** Case items. */
            items: cen.v1.Item[];

            /** Case offenders. */
            offenders: cen.v1.Offender[];

            /** Case persons. */
            persons: cen.v1.PersonLink[];

            /** Case businesses. */
            businesses: cen.v1.BusinessLink[];

            /** Case narrative. */
            narrative: (string|null);

            /** Case photos. */
            photos: cen.v1.PhotoMeta[];

            /** Case tags. */
            tags: string[];

            /** Case operationId. */
            operationId: (string|null);

            /** Case handling. */
            handling: cen.v1.Handling;

            /** Case origin. */
            origin: cen.v1.Provenance;

            /** Case version. */
            version: number;

            /** Case createdAt. */
            createdAt: string;

            /** Case updatedAt. */
            updatedAt: string;

            /** Case createdBy. */
            createdBy: (string|null);

            /** Case updatedBy. */
            updatedBy: (string|null);

            /** Case deletedAt. */
            deletedAt: (string|null);

            /**
             * Creates a new Case instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Case instance
             */
            static create(properties: cen.v1.Case.$Shape): cen.v1.Case & cen.v1.Case.$Shape;
            static create(properties?: cen.v1.Case.$Properties): cen.v1.Case;

            /**
             * Encodes the specified Case message. Does not implicitly {@link cen.v1.Case.verify|verify} messages.
             * @param message Case message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.Case.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Case message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.Case & cen.v1.Case.$Shape} Case
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.Case & cen.v1.Case.$Shape;

            /**
             * Verifies a Case message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Case message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Case
             */
            static fromObject(object: { [k: string]: any }): cen.v1.Case;

            /**
             * Creates a plain object from a Case message. Also converts values to other types if specified.
             * @param message Case
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.Case, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Case to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Case
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Case {

            /** Properties of a Case. */
            interface $Properties {

                /** Case id */
                id?: string;

                /** Case ref */
                ref?: (string|null);

                /** Case kind */
                kind?: string;

                /** Case offenceTypes */
                offenceTypes?: string[];

                /** Case form */
                form?: string;

                /** Case status */
                status?: string;

                /** Case reportingCountry */
                reportingCountry?: string;

                /** Case office */
                office?: (string|null);

                /** Case seizureDate */
                seizureDate?: string;

                /** Case direction */
                direction?: (string|null);

                /** Case location */
                location?: cen.v1.Location.$Properties;

                /** Case detection */
                detection?: cen.v1.Detection.$Properties;

                /** Case conveyance */
                conveyance?: cen.v1.Conveyance.$Properties;

                /** Case concealment */
                concealment?: cen.v1.Concealment.$Properties;

                /** Case route */
                route?: cen.v1.Route.$Properties;

                /** Case items */
                items?: cen.v1.Item.$Properties[];

                /** Case offenders */
                offenders?: cen.v1.Offender.$Properties[];

                /** Case persons */
                persons?: cen.v1.PersonLink.$Properties[];

                /** Case businesses */
                businesses?: cen.v1.BusinessLink.$Properties[];

                /** Case narrative */
                narrative?: (string|null);

                /** Case photos */
                photos?: cen.v1.PhotoMeta.$Properties[];

                /** Case tags */
                tags?: string[];

                /** Case operationId */
                operationId?: (string|null);

                /** Case handling */
                handling?: cen.v1.Handling.$Properties;

                /** Case origin */
                origin?: cen.v1.Provenance.$Properties;

                /** Case version */
                version?: number;

                /** Case createdAt */
                createdAt?: string;

                /** Case updatedAt */
                updatedAt?: string;

                /** Case createdBy */
                createdBy?: (string|null);

                /** Case updatedBy */
                updatedBy?: (string|null);

                /** Case deletedAt */
                deletedAt?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Case. */
            type $Shape = cen.v1.Case.$Properties;
        }

        /**
         * Properties of an IdentityDocument.
         * @deprecated Use cen.v1.IdentityDocument.$Properties instead.
         */
        interface IIdentityDocument extends cen.v1.IdentityDocument.$Properties {
        }

        /** Represents an IdentityDocument. */
        class IdentityDocument {

            /**
             * Constructs a new IdentityDocument.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.IdentityDocument.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IdentityDocument type. */
            type: string;

            /** IdentityDocument number. */
            number: string;

            /** IdentityDocument country. */
            country: (string|null);

            /** IdentityDocument expires. */
            expires: (string|null);

            /**
             * Creates a new IdentityDocument instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IdentityDocument instance
             */
            static create(properties: cen.v1.IdentityDocument.$Shape): cen.v1.IdentityDocument & cen.v1.IdentityDocument.$Shape;
            static create(properties?: cen.v1.IdentityDocument.$Properties): cen.v1.IdentityDocument;

            /**
             * Encodes the specified IdentityDocument message. Does not implicitly {@link cen.v1.IdentityDocument.verify|verify} messages.
             * @param message IdentityDocument message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.IdentityDocument.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IdentityDocument message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.IdentityDocument & cen.v1.IdentityDocument.$Shape} IdentityDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.IdentityDocument & cen.v1.IdentityDocument.$Shape;

            /**
             * Verifies an IdentityDocument message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IdentityDocument message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IdentityDocument
             */
            static fromObject(object: { [k: string]: any }): cen.v1.IdentityDocument;

            /**
             * Creates a plain object from an IdentityDocument message. Also converts values to other types if specified.
             * @param message IdentityDocument
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.IdentityDocument, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IdentityDocument to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IdentityDocument
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IdentityDocument {

            /** Properties of an IdentityDocument. */
            interface $Properties {

                /** IdentityDocument type */
                type?: string;

                /** IdentityDocument number */
                number?: string;

                /** IdentityDocument country */
                country?: (string|null);

                /** IdentityDocument expires */
                expires?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IdentityDocument. */
            type $Shape = cen.v1.IdentityDocument.$Properties;
        }

        /**
         * Properties of an Address.
         * @deprecated Use cen.v1.Address.$Properties instead.
         */
        interface IAddress extends cen.v1.Address.$Properties {
        }

        /** Represents an Address. */
        class Address {

            /**
             * Constructs a new Address.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.Address.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Address line. */
            line: (string|null);

            /** Address city. */
            city: (string|null);

            /** Address postcode. */
            postcode: (string|null);

            /** Address country. */
            country: (string|null);

            /**
             * Creates a new Address instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Address instance
             */
            static create(properties: cen.v1.Address.$Shape): cen.v1.Address & cen.v1.Address.$Shape;
            static create(properties?: cen.v1.Address.$Properties): cen.v1.Address;

            /**
             * Encodes the specified Address message. Does not implicitly {@link cen.v1.Address.verify|verify} messages.
             * @param message Address message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Address message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.Address & cen.v1.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.Address & cen.v1.Address.$Shape;

            /**
             * Verifies an Address message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Address
             */
            static fromObject(object: { [k: string]: any }): cen.v1.Address;

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @param message Address
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.Address, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Address to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Address
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Address {

            /** Properties of an Address. */
            interface $Properties {

                /** Address line */
                line?: (string|null);

                /** Address city */
                city?: (string|null);

                /** Address postcode */
                postcode?: (string|null);

                /** Address country */
                country?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Address. */
            type $Shape = cen.v1.Address.$Properties;
        }

        /**
         * Properties of a Person.
         * @deprecated Use cen.v1.Person.$Properties instead.
         */
        interface IPerson extends cen.v1.Person.$Properties {
        }

        /** Represents a Person. */
        class Person {

            /**
             * Constructs a new Person.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.Person.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Person id. */
            id: string;

            /** Person familyName. */
            familyName: string;

            /** Person givenNames. */
            givenNames: (string|null);

            /** Person birthDate. */
            birthDate: (string|null);

            /** Person birthPlace. */
            birthPlace: (string|null);

            /** Person nationality. */
            nationality: (string|null);

            /** Person gender. */
            gender: (string|null);

            /** Person documents. */
            documents: cen.v1.IdentityDocument[];

            /** Person addresses. */
            addresses: cen.v1.Address[];

            /** Person notes. */
            notes: (string|null);

            /** Person version. */
            version: number;

            /** Person createdAt. */
            createdAt: string;

            /** Person updatedAt. */
            updatedAt: string;

            /** Person createdBy. */
            createdBy: (string|null);

            /** Person updatedBy. */
            updatedBy: (string|null);

            /** Person deletedAt. */
            deletedAt: (string|null);

            /**
             * Creates a new Person instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Person instance
             */
            static create(properties: cen.v1.Person.$Shape): cen.v1.Person & cen.v1.Person.$Shape;
            static create(properties?: cen.v1.Person.$Properties): cen.v1.Person;

            /**
             * Encodes the specified Person message. Does not implicitly {@link cen.v1.Person.verify|verify} messages.
             * @param message Person message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.Person.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Person message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.Person & cen.v1.Person.$Shape} Person
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.Person & cen.v1.Person.$Shape;

            /**
             * Verifies a Person message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Person message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Person
             */
            static fromObject(object: { [k: string]: any }): cen.v1.Person;

            /**
             * Creates a plain object from a Person message. Also converts values to other types if specified.
             * @param message Person
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.Person, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Person to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Person
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Person {

            /** Properties of a Person. */
            interface $Properties {

                /** Person id */
                id?: string;

                /** Person familyName */
                familyName?: string;

                /** Person givenNames */
                givenNames?: (string|null);

                /** Person birthDate */
                birthDate?: (string|null);

                /** Person birthPlace */
                birthPlace?: (string|null);

                /** Person nationality */
                nationality?: (string|null);

                /** Person gender */
                gender?: (string|null);

                /** Person documents */
                documents?: cen.v1.IdentityDocument.$Properties[];

                /** Person addresses */
                addresses?: cen.v1.Address.$Properties[];

                /** Person notes */
                notes?: (string|null);

                /** Person version */
                version?: number;

                /** Person createdAt */
                createdAt?: string;

                /** Person updatedAt */
                updatedAt?: string;

                /** Person createdBy */
                createdBy?: (string|null);

                /** Person updatedBy */
                updatedBy?: (string|null);

                /** Person deletedAt */
                deletedAt?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Person. */
            type $Shape = cen.v1.Person.$Properties;
        }

        /**
         * Properties of a Business.
         * @deprecated Use cen.v1.Business.$Properties instead.
         */
        interface IBusiness extends cen.v1.Business.$Properties {
        }

        /** Represents a Business. */
        class Business {

            /**
             * Constructs a new Business.
             * @param [properties] Properties to set
             */
            constructor(properties?: cen.v1.Business.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Business id. */
            id: string;

            /** Business name. */
            name: string;

            /** Business registrationNumber. */
            registrationNumber: (string|null);

            /** Business vatNumber. */
            vatNumber: (string|null);

            /** Business country. */
            country: (string|null);

            /** Business addresses. */
            addresses: cen.v1.Address[];

            /** Business notes. */
            notes: (string|null);

            /** Business version. */
            version: number;

            /** Business createdAt. */
            createdAt: string;

            /** Business updatedAt. */
            updatedAt: string;

            /** Business createdBy. */
            createdBy: (string|null);

            /** Business updatedBy. */
            updatedBy: (string|null);

            /** Business deletedAt. */
            deletedAt: (string|null);

            /**
             * Creates a new Business instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Business instance
             */
            static create(properties: cen.v1.Business.$Shape): cen.v1.Business & cen.v1.Business.$Shape;
            static create(properties?: cen.v1.Business.$Properties): cen.v1.Business;

            /**
             * Encodes the specified Business message. Does not implicitly {@link cen.v1.Business.verify|verify} messages.
             * @param message Business message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cen.v1.Business.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Business message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cen.v1.Business & cen.v1.Business.$Shape} Business
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.v1.Business & cen.v1.Business.$Shape;

            /**
             * Verifies a Business message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Business message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Business
             */
            static fromObject(object: { [k: string]: any }): cen.v1.Business;

            /**
             * Creates a plain object from a Business message. Also converts values to other types if specified.
             * @param message Business
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: cen.v1.Business, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Business to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Business
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Business {

            /** Properties of a Business. */
            interface $Properties {

                /** Business id */
                id?: string;

                /** Business name */
                name?: string;

                /** Business registrationNumber */
                registrationNumber?: (string|null);

                /** Business vatNumber */
                vatNumber?: (string|null);

                /** Business country */
                country?: (string|null);

                /** Business addresses */
                addresses?: cen.v1.Address.$Properties[];

                /** Business notes */
                notes?: (string|null);

                /** Business version */
                version?: number;

                /** Business createdAt */
                createdAt?: string;

                /** Business updatedAt */
                updatedAt?: string;

                /** Business createdBy */
                createdBy?: (string|null);

                /** Business updatedBy */
                updatedBy?: (string|null);

                /** Business deletedAt */
                deletedAt?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Business. */
            type $Shape = cen.v1.Business.$Properties;
        }
    }
}
