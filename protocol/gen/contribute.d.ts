import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace cen. */
export namespace cen {

    /** Namespace contribute. */
    namespace contribute {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ContributeFrame.
             * @deprecated Use cen.contribute.v1.ContributeFrame.$Properties instead.
             */
            interface IContributeFrame extends cen.contribute.v1.ContributeFrame.$Properties {
            }

            /** Represents a ContributeFrame. */
            class ContributeFrame {

                /**
                 * Constructs a new ContributeFrame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.contribute.v1.ContributeFrame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ContributeFrame batch. */
                batch: (cen.contribute.v1.Batch|null);

                /** ContributeFrame receipt. */
                receipt: (cen.contribute.v1.Receipt|null);

                /** ContributeFrame refusal. */
                refusal: (cen.contribute.v1.Refusal|null);

                /** ContributeFrame body. */
                body?: ("batch"|"receipt"|"refusal");

                /**
                 * Creates a new ContributeFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ContributeFrame instance
                 */
                static create(properties: cen.contribute.v1.ContributeFrame.$Shape): cen.contribute.v1.ContributeFrame & cen.contribute.v1.ContributeFrame.$Shape;
                static create(properties?: cen.contribute.v1.ContributeFrame.$Properties): cen.contribute.v1.ContributeFrame;

                /**
                 * Encodes the specified ContributeFrame message. Does not implicitly {@link cen.contribute.v1.ContributeFrame.verify|verify} messages.
                 * @param message ContributeFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.contribute.v1.ContributeFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ContributeFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.contribute.v1.ContributeFrame & cen.contribute.v1.ContributeFrame.$Shape} ContributeFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.contribute.v1.ContributeFrame & cen.contribute.v1.ContributeFrame.$Shape;

                /**
                 * Verifies a ContributeFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ContributeFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ContributeFrame
                 */
                static fromObject(object: { [k: string]: any }): cen.contribute.v1.ContributeFrame;

                /**
                 * Creates a plain object from a ContributeFrame message. Also converts values to other types if specified.
                 * @param message ContributeFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.contribute.v1.ContributeFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ContributeFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ContributeFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ContributeFrame {

                /** Properties of a ContributeFrame. */
                interface $Properties {

                    /** ContributeFrame batch */
                    batch?: (cen.contribute.v1.Batch.$Properties|null);

                    /** ContributeFrame receipt */
                    receipt?: (cen.contribute.v1.Receipt.$Properties|null);

                    /** ContributeFrame refusal */
                    refusal?: (cen.contribute.v1.Refusal.$Properties|null);

                    /** ContributeFrame body */
                    body?: ("batch"|"receipt"|"refusal");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ContributeFrame. */
                type $Shape = {
                  batch?: cen.contribute.v1.Batch.$Shape|null;
                  receipt?: cen.contribute.v1.Receipt.$Shape|null;
                  refusal?: cen.contribute.v1.Refusal.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; batch?: null; receipt?: null; refusal?: null }|{ body?: "batch"; batch: cen.contribute.v1.Batch.$Shape; receipt?: null; refusal?: null }|{ body?: "receipt"; batch?: null; receipt: cen.contribute.v1.Receipt.$Shape; refusal?: null }|{ body?: "refusal"; batch?: null; receipt?: null; refusal: cen.contribute.v1.Refusal.$Shape })
                );
            }

            /**
             * Properties of a Batch.
             * @deprecated Use cen.contribute.v1.Batch.$Properties instead.
             */
            interface IBatch extends cen.contribute.v1.Batch.$Properties {
            }

            /** Represents a Batch. */
            class Batch {

                /**
                 * Constructs a new Batch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.contribute.v1.Batch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Batch manifest. */
                manifest: string;

                /** Batch records. */
                records: Uint8Array[];

                /**
                 * Creates a new Batch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Batch instance
                 */
                static create(properties: cen.contribute.v1.Batch.$Shape): cen.contribute.v1.Batch & cen.contribute.v1.Batch.$Shape;
                static create(properties?: cen.contribute.v1.Batch.$Properties): cen.contribute.v1.Batch;

                /**
                 * Encodes the specified Batch message. Does not implicitly {@link cen.contribute.v1.Batch.verify|verify} messages.
                 * @param message Batch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.contribute.v1.Batch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Batch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.contribute.v1.Batch & cen.contribute.v1.Batch.$Shape} Batch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.contribute.v1.Batch & cen.contribute.v1.Batch.$Shape;

                /**
                 * Verifies a Batch message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Batch message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Batch
                 */
                static fromObject(object: { [k: string]: any }): cen.contribute.v1.Batch;

                /**
                 * Creates a plain object from a Batch message. Also converts values to other types if specified.
                 * @param message Batch
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.contribute.v1.Batch, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Batch to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Batch
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Batch {

                /** Properties of a Batch. */
                interface $Properties {

                    /** Batch manifest */
                    manifest?: string;

                    /** Batch records */
                    records?: Uint8Array[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Batch. */
                type $Shape = cen.contribute.v1.Batch.$Properties;
            }

            /**
             * Properties of a Receipt.
             * @deprecated Use cen.contribute.v1.Receipt.$Properties instead.
             */
            interface IReceipt extends cen.contribute.v1.Receipt.$Properties {
            }

            /** Represents a Receipt. */
            class Receipt {

                /**
                 * Constructs a new Receipt.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.contribute.v1.Receipt.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Receipt receipt. */
                receipt: string;

                /**
                 * Creates a new Receipt instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Receipt instance
                 */
                static create(properties: cen.contribute.v1.Receipt.$Shape): cen.contribute.v1.Receipt & cen.contribute.v1.Receipt.$Shape;
                static create(properties?: cen.contribute.v1.Receipt.$Properties): cen.contribute.v1.Receipt;

                /**
                 * Encodes the specified Receipt message. Does not implicitly {@link cen.contribute.v1.Receipt.verify|verify} messages.
                 * @param message Receipt message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.contribute.v1.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Receipt message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.contribute.v1.Receipt & cen.contribute.v1.Receipt.$Shape} Receipt
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.contribute.v1.Receipt & cen.contribute.v1.Receipt.$Shape;

                /**
                 * Verifies a Receipt message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Receipt
                 */
                static fromObject(object: { [k: string]: any }): cen.contribute.v1.Receipt;

                /**
                 * Creates a plain object from a Receipt message. Also converts values to other types if specified.
                 * @param message Receipt
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.contribute.v1.Receipt, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Receipt to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Receipt
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Receipt {

                /** Properties of a Receipt. */
                interface $Properties {

                    /** Receipt receipt */
                    receipt?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Receipt. */
                type $Shape = cen.contribute.v1.Receipt.$Properties;
            }

            /**
             * Properties of a Refusal.
             * @deprecated Use cen.contribute.v1.Refusal.$Properties instead.
             */
            interface IRefusal extends cen.contribute.v1.Refusal.$Properties {
            }

            /** Represents a Refusal. */
            class Refusal {

                /**
                 * Constructs a new Refusal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.contribute.v1.Refusal.$Properties);

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
                static create(properties: cen.contribute.v1.Refusal.$Shape): cen.contribute.v1.Refusal & cen.contribute.v1.Refusal.$Shape;
                static create(properties?: cen.contribute.v1.Refusal.$Properties): cen.contribute.v1.Refusal;

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.contribute.v1.Refusal.verify|verify} messages.
                 * @param message Refusal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.contribute.v1.Refusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Refusal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.contribute.v1.Refusal & cen.contribute.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.contribute.v1.Refusal & cen.contribute.v1.Refusal.$Shape;

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
                static fromObject(object: { [k: string]: any }): cen.contribute.v1.Refusal;

                /**
                 * Creates a plain object from a Refusal message. Also converts values to other types if specified.
                 * @param message Refusal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.contribute.v1.Refusal, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = cen.contribute.v1.Refusal.$Properties;
            }
        }
    }
}
