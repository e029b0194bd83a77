import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace cen. */
export namespace cen {

    /** Namespace operations. */
    namespace operations {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an OperationsFrame.
             * @deprecated Use cen.operations.v1.OperationsFrame.$Properties instead.
             */
            interface IOperationsFrame extends cen.operations.v1.OperationsFrame.$Properties {
            }

            /** Represents an OperationsFrame. */
            class OperationsFrame {

                /**
                 * Constructs a new OperationsFrame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.operations.v1.OperationsFrame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OperationsFrame invitation. */
                invitation: (cen.operations.v1.Invitation|null);

                /** OperationsFrame submit. */
                submit: (cen.operations.v1.Submit|null);

                /** OperationsFrame deliver. */
                deliver: (cen.operations.v1.Deliver|null);

                /** OperationsFrame ack. */
                ack: (cen.operations.v1.Ack|null);

                /** OperationsFrame refusal. */
                refusal: (cen.operations.v1.Refusal|null);

                /** OperationsFrame photoOffer. */
                photoOffer: (cen.operations.v1.PhotoOffer|null);

                /** OperationsFrame photoChunk. */
                photoChunk: (cen.operations.v1.PhotoChunk|null);

                /** OperationsFrame body. */
                body?: ("invitation"|"submit"|"deliver"|"ack"|"refusal"|"photoOffer"|"photoChunk");

                /**
                 * Creates a new OperationsFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OperationsFrame instance
                 */
                static create(properties: cen.operations.v1.OperationsFrame.$Shape): cen.operations.v1.OperationsFrame & cen.operations.v1.OperationsFrame.$Shape;
                static create(properties?: cen.operations.v1.OperationsFrame.$Properties): cen.operations.v1.OperationsFrame;

                /**
                 * Encodes the specified OperationsFrame message. Does not implicitly {@link cen.operations.v1.OperationsFrame.verify|verify} messages.
                 * @param message OperationsFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.operations.v1.OperationsFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OperationsFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.operations.v1.OperationsFrame & cen.operations.v1.OperationsFrame.$Shape} OperationsFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.operations.v1.OperationsFrame & cen.operations.v1.OperationsFrame.$Shape;

                /**
                 * Verifies an OperationsFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OperationsFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OperationsFrame
                 */
                static fromObject(object: { [k: string]: any }): cen.operations.v1.OperationsFrame;

                /**
                 * Creates a plain object from an OperationsFrame message. Also converts values to other types if specified.
                 * @param message OperationsFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.operations.v1.OperationsFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OperationsFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OperationsFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OperationsFrame {

                /** Properties of an OperationsFrame. */
                interface $Properties {

                    /** OperationsFrame invitation */
                    invitation?: (cen.operations.v1.Invitation.$Properties|null);

                    /** OperationsFrame submit */
                    submit?: (cen.operations.v1.Submit.$Properties|null);

                    /** OperationsFrame deliver */
                    deliver?: (cen.operations.v1.Deliver.$Properties|null);

                    /** OperationsFrame ack */
                    ack?: (cen.operations.v1.Ack.$Properties|null);

                    /** OperationsFrame refusal */
                    refusal?: (cen.operations.v1.Refusal.$Properties|null);

                    /** OperationsFrame photoOffer */
                    photoOffer?: (cen.operations.v1.PhotoOffer.$Properties|null);

                    /** OperationsFrame photoChunk */
                    photoChunk?: (cen.operations.v1.PhotoChunk.$Properties|null);

                    /** OperationsFrame body */
                    body?: ("invitation"|"submit"|"deliver"|"ack"|"refusal"|"photoOffer"|"photoChunk");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an OperationsFrame. */
                type $Shape = {
                  invitation?: cen.operations.v1.Invitation.$Shape|null;
                  submit?: cen.operations.v1.Submit.$Shape|null;
                  deliver?: cen.operations.v1.Deliver.$Shape|null;
                  ack?: cen.operations.v1.Ack.$Shape|null;
                  refusal?: cen.operations.v1.Refusal.$Shape|null;
                  photoOffer?: cen.operations.v1.PhotoOffer.$Shape|null;
                  photoChunk?: cen.operations.v1.PhotoChunk.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; invitation?: null; submit?: null; deliver?: null; ack?: null; refusal?: null; photoOffer?: null; photoChunk?: null }|{ body?: "invitation"; invitation: cen.operations.v1.Invitation.$Shape; submit?: null; deliver?: null; ack?: null; refusal?: null; photoOffer?: null; photoChunk?: null }|{ body?: "submit"; invitation?: null; submit: cen.operations.v1.Submit.$Shape; deliver?: null; ack?: null; refusal?: null; photoOffer?: null; photoChunk?: null }|{ body?: "deliver"; invitation?: null; submit?: null; deliver: cen.operations.v1.Deliver.$Shape; ack?: null; refusal?: null; photoOffer?: null; photoChunk?: null }|{ body?: "ack"; invitation?: null; submit?: null; deliver?: null; ack: cen.operations.v1.Ack.$Shape; refusal?: null; photoOffer?: null; photoChunk?: null }|{ body?: "refusal"; invitation?: null; submit?: null; deliver?: null; ack?: null; refusal: cen.operations.v1.Refusal.$Shape; photoOffer?: null; photoChunk?: null }|{ body?: "photoOffer"; invitation?: null; submit?: null; deliver?: null; ack?: null; refusal?: null; photoOffer: cen.operations.v1.PhotoOffer.$Shape; photoChunk?: null }|{ body?: "photoChunk"; invitation?: null; submit?: null; deliver?: null; ack?: null; refusal?: null; photoOffer?: null; photoChunk: cen.operations.v1.PhotoChunk.$Shape })
                );
            }

            /**
             * Properties of an Invitation.
             * @deprecated Use cen.operations.v1.Invitation.$Properties instead.
             */
            interface IInvitation extends cen.operations.v1.Invitation.$Properties {
            }

            /** Represents an Invitation. */
            class Invitation {

                /**
                 * Constructs a new Invitation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.operations.v1.Invitation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Invitation operation. */
                operation: string;

                /**
                 * Creates a new Invitation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Invitation instance
                 */
                static create(properties: cen.operations.v1.Invitation.$Shape): cen.operations.v1.Invitation & cen.operations.v1.Invitation.$Shape;
                static create(properties?: cen.operations.v1.Invitation.$Properties): cen.operations.v1.Invitation;

                /**
                 * Encodes the specified Invitation message. Does not implicitly {@link cen.operations.v1.Invitation.verify|verify} messages.
                 * @param message Invitation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.operations.v1.Invitation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Invitation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.operations.v1.Invitation & cen.operations.v1.Invitation.$Shape} Invitation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.operations.v1.Invitation & cen.operations.v1.Invitation.$Shape;

                /**
                 * Verifies an Invitation message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Invitation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Invitation
                 */
                static fromObject(object: { [k: string]: any }): cen.operations.v1.Invitation;

                /**
                 * Creates a plain object from an Invitation message. Also converts values to other types if specified.
                 * @param message Invitation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.operations.v1.Invitation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Invitation to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Invitation
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Invitation {

                /** Properties of an Invitation. */
                interface $Properties {

                    /** Invitation operation */
                    operation?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Invitation. */
                type $Shape = cen.operations.v1.Invitation.$Properties;
            }

            /**
             * Properties of a Submit.
             * @deprecated Use cen.operations.v1.Submit.$Properties instead.
             */
            interface ISubmit extends cen.operations.v1.Submit.$Properties {
            }

            /** Represents a Submit. */
            class Submit {

                /**
                 * Constructs a new Submit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.operations.v1.Submit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Submit kind. */
                kind: string;

                /** Submit statement. */
                statement: string;

                /**
                 * Creates a new Submit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Submit instance
                 */
                static create(properties: cen.operations.v1.Submit.$Shape): cen.operations.v1.Submit & cen.operations.v1.Submit.$Shape;
                static create(properties?: cen.operations.v1.Submit.$Properties): cen.operations.v1.Submit;

                /**
                 * Encodes the specified Submit message. Does not implicitly {@link cen.operations.v1.Submit.verify|verify} messages.
                 * @param message Submit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.operations.v1.Submit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Submit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.operations.v1.Submit & cen.operations.v1.Submit.$Shape} Submit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.operations.v1.Submit & cen.operations.v1.Submit.$Shape;

                /**
                 * Verifies a Submit message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Submit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Submit
                 */
                static fromObject(object: { [k: string]: any }): cen.operations.v1.Submit;

                /**
                 * Creates a plain object from a Submit message. Also converts values to other types if specified.
                 * @param message Submit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.operations.v1.Submit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Submit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Submit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Submit {

                /** Properties of a Submit. */
                interface $Properties {

                    /** Submit kind */
                    kind?: string;

                    /** Submit statement */
                    statement?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Submit. */
                type $Shape = cen.operations.v1.Submit.$Properties;
            }

            /**
             * Properties of an Entry.
             * @deprecated Use cen.operations.v1.Entry.$Properties instead.
             */
            interface IEntry extends cen.operations.v1.Entry.$Properties {
            }

            /** Represents an Entry. */
            class Entry {

                /**
                 * Constructs a new Entry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.operations.v1.Entry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Entry seq. */
                seq: number;

                /** Entry kind. */
                kind: string;

                /** Entry statement. */
                statement: string;

                /** Entry relayedAt. */
                relayedAt: string;

                /**
                 * Creates a new Entry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Entry instance
                 */
                static create(properties: cen.operations.v1.Entry.$Shape): cen.operations.v1.Entry & cen.operations.v1.Entry.$Shape;
                static create(properties?: cen.operations.v1.Entry.$Properties): cen.operations.v1.Entry;

                /**
                 * Encodes the specified Entry message. Does not implicitly {@link cen.operations.v1.Entry.verify|verify} messages.
                 * @param message Entry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.operations.v1.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Entry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.operations.v1.Entry & cen.operations.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.operations.v1.Entry & cen.operations.v1.Entry.$Shape;

                /**
                 * Verifies an Entry message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Entry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Entry
                 */
                static fromObject(object: { [k: string]: any }): cen.operations.v1.Entry;

                /**
                 * Creates a plain object from an Entry message. Also converts values to other types if specified.
                 * @param message Entry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.operations.v1.Entry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Entry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Entry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Entry {

                /** Properties of an Entry. */
                interface $Properties {

                    /** Entry seq */
                    seq?: number;

                    /** Entry kind */
                    kind?: string;

                    /** Entry statement */
                    statement?: string;

                    /** Entry relayedAt */
                    relayedAt?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Entry. */
                type $Shape = cen.operations.v1.Entry.$Properties;
            }

            /**
             * Properties of a Deliver.
             * @deprecated Use cen.operations.v1.Deliver.$Properties instead.
             */
            interface IDeliver extends cen.operations.v1.Deliver.$Properties {
            }

            /** Represents a Deliver. */
            class Deliver {

                /**
                 * Constructs a new Deliver.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.operations.v1.Deliver.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Deliver operationId. */
                operationId: string;

                /** Deliver entries. */
                entries: cen.operations.v1.Entry[];

                /** Deliver receipts. */
                receipts: string;

                /**
                 * Creates a new Deliver instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Deliver instance
                 */
                static create(properties: cen.operations.v1.Deliver.$Shape): cen.operations.v1.Deliver & cen.operations.v1.Deliver.$Shape;
                static create(properties?: cen.operations.v1.Deliver.$Properties): cen.operations.v1.Deliver;

                /**
                 * Encodes the specified Deliver message. Does not implicitly {@link cen.operations.v1.Deliver.verify|verify} messages.
                 * @param message Deliver message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.operations.v1.Deliver.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Deliver message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.operations.v1.Deliver & cen.operations.v1.Deliver.$Shape} Deliver
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.operations.v1.Deliver & cen.operations.v1.Deliver.$Shape;

                /**
                 * Verifies a Deliver message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Deliver message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Deliver
                 */
                static fromObject(object: { [k: string]: any }): cen.operations.v1.Deliver;

                /**
                 * Creates a plain object from a Deliver message. Also converts values to other types if specified.
                 * @param message Deliver
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.operations.v1.Deliver, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Deliver to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Deliver
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Deliver {

                /** Properties of a Deliver. */
                interface $Properties {

                    /** Deliver operationId */
                    operationId?: string;

                    /** Deliver entries */
                    entries?: cen.operations.v1.Entry.$Properties[];

                    /** Deliver receipts */
                    receipts?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Deliver. */
                type $Shape = cen.operations.v1.Deliver.$Properties;
            }

            /**
             * Properties of a PhotoOffer.
             * @deprecated Use cen.operations.v1.PhotoOffer.$Properties instead.
             */
            interface IPhotoOffer extends cen.operations.v1.PhotoOffer.$Properties {
            }

            /** Represents a PhotoOffer. */
            class PhotoOffer {

                /**
                 * Constructs a new PhotoOffer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.operations.v1.PhotoOffer.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PhotoOffer operationId. */
                operationId: string;

                /** PhotoOffer hash. */
                hash: string;

                /** PhotoOffer size. */
                size: number;

                /**
                 * Creates a new PhotoOffer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PhotoOffer instance
                 */
                static create(properties: cen.operations.v1.PhotoOffer.$Shape): cen.operations.v1.PhotoOffer & cen.operations.v1.PhotoOffer.$Shape;
                static create(properties?: cen.operations.v1.PhotoOffer.$Properties): cen.operations.v1.PhotoOffer;

                /**
                 * Encodes the specified PhotoOffer message. Does not implicitly {@link cen.operations.v1.PhotoOffer.verify|verify} messages.
                 * @param message PhotoOffer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.operations.v1.PhotoOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PhotoOffer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.operations.v1.PhotoOffer & cen.operations.v1.PhotoOffer.$Shape} PhotoOffer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.operations.v1.PhotoOffer & cen.operations.v1.PhotoOffer.$Shape;

                /**
                 * Verifies a PhotoOffer message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PhotoOffer message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PhotoOffer
                 */
                static fromObject(object: { [k: string]: any }): cen.operations.v1.PhotoOffer;

                /**
                 * Creates a plain object from a PhotoOffer message. Also converts values to other types if specified.
                 * @param message PhotoOffer
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.operations.v1.PhotoOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PhotoOffer to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PhotoOffer
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PhotoOffer {

                /** Properties of a PhotoOffer. */
                interface $Properties {

                    /** PhotoOffer operationId */
                    operationId?: string;

                    /** PhotoOffer hash */
                    hash?: string;

                    /** PhotoOffer size */
                    size?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PhotoOffer. */
                type $Shape = cen.operations.v1.PhotoOffer.$Properties;
            }

            /**
             * Properties of a PhotoChunk.
             * @deprecated Use cen.operations.v1.PhotoChunk.$Properties instead.
             */
            interface IPhotoChunk extends cen.operations.v1.PhotoChunk.$Properties {
            }

            /** Represents a PhotoChunk. */
            class PhotoChunk {

                /**
                 * Constructs a new PhotoChunk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.operations.v1.PhotoChunk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PhotoChunk data. */
                data: Uint8Array;

                /**
                 * Creates a new PhotoChunk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PhotoChunk instance
                 */
                static create(properties: cen.operations.v1.PhotoChunk.$Shape): cen.operations.v1.PhotoChunk & cen.operations.v1.PhotoChunk.$Shape;
                static create(properties?: cen.operations.v1.PhotoChunk.$Properties): cen.operations.v1.PhotoChunk;

                /**
                 * Encodes the specified PhotoChunk message. Does not implicitly {@link cen.operations.v1.PhotoChunk.verify|verify} messages.
                 * @param message PhotoChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.operations.v1.PhotoChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PhotoChunk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.operations.v1.PhotoChunk & cen.operations.v1.PhotoChunk.$Shape} PhotoChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.operations.v1.PhotoChunk & cen.operations.v1.PhotoChunk.$Shape;

                /**
                 * Verifies a PhotoChunk message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PhotoChunk message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PhotoChunk
                 */
                static fromObject(object: { [k: string]: any }): cen.operations.v1.PhotoChunk;

                /**
                 * Creates a plain object from a PhotoChunk message. Also converts values to other types if specified.
                 * @param message PhotoChunk
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.operations.v1.PhotoChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PhotoChunk to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PhotoChunk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PhotoChunk {

                /** Properties of a PhotoChunk. */
                interface $Properties {

                    /** PhotoChunk data */
                    data?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PhotoChunk. */
                type $Shape = cen.operations.v1.PhotoChunk.$Properties;
            }

            /**
             * Properties of an Ack.
             * @deprecated Use cen.operations.v1.Ack.$Properties instead.
             */
            interface IAck extends cen.operations.v1.Ack.$Properties {
            }

            /** Represents an Ack. */
            class Ack {

                /**
                 * Constructs a new Ack.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.operations.v1.Ack.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Ack seq. */
                seq: number;

                /**
                 * Creates a new Ack instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Ack instance
                 */
                static create(properties: cen.operations.v1.Ack.$Shape): cen.operations.v1.Ack & cen.operations.v1.Ack.$Shape;
                static create(properties?: cen.operations.v1.Ack.$Properties): cen.operations.v1.Ack;

                /**
                 * Encodes the specified Ack message. Does not implicitly {@link cen.operations.v1.Ack.verify|verify} messages.
                 * @param message Ack message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.operations.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Ack message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.operations.v1.Ack & cen.operations.v1.Ack.$Shape} Ack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.operations.v1.Ack & cen.operations.v1.Ack.$Shape;

                /**
                 * Verifies an Ack message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Ack message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Ack
                 */
                static fromObject(object: { [k: string]: any }): cen.operations.v1.Ack;

                /**
                 * Creates a plain object from an Ack message. Also converts values to other types if specified.
                 * @param message Ack
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.operations.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Ack to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Ack
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Ack {

                /** Properties of an Ack. */
                interface $Properties {

                    /** Ack seq */
                    seq?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Ack. */
                type $Shape = cen.operations.v1.Ack.$Properties;
            }

            /**
             * Properties of a Refusal.
             * @deprecated Use cen.operations.v1.Refusal.$Properties instead.
             */
            interface IRefusal extends cen.operations.v1.Refusal.$Properties {
            }

            /** Represents a Refusal. */
            class Refusal {

                /**
                 * Constructs a new Refusal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.operations.v1.Refusal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Refusal code. */
                code: string;

                /** Refusal message. */
                message: string;

                /**
                 * Creates a new Refusal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Refusal instance
                 */
                static create(properties: cen.operations.v1.Refusal.$Shape): cen.operations.v1.Refusal & cen.operations.v1.Refusal.$Shape;
                static create(properties?: cen.operations.v1.Refusal.$Properties): cen.operations.v1.Refusal;

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.operations.v1.Refusal.verify|verify} messages.
                 * @param message Refusal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.operations.v1.Refusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Refusal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.operations.v1.Refusal & cen.operations.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.operations.v1.Refusal & cen.operations.v1.Refusal.$Shape;

                /**
                 * Verifies a Refusal message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Refusal message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Refusal
                 */
                static fromObject(object: { [k: string]: any }): cen.operations.v1.Refusal;

                /**
                 * Creates a plain object from a Refusal message. Also converts values to other types if specified.
                 * @param message Refusal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.operations.v1.Refusal, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Refusal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Refusal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Refusal {

                /** Properties of a Refusal. */
                interface $Properties {

                    /** Refusal code */
                    code?: string;

                    /** Refusal message */
                    message?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Refusal. */
                type $Shape = cen.operations.v1.Refusal.$Properties;
            }
        }
    }
}
