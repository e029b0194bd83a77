import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace cen. */
export namespace cen {

    /** Namespace exchange. */
    namespace exchange {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an ExchangeFrame.
             * @deprecated Use cen.exchange.v1.ExchangeFrame.$Properties instead.
             */
            interface IExchangeFrame extends cen.exchange.v1.ExchangeFrame.$Properties {
            }

            /** Represents an ExchangeFrame. */
            class ExchangeFrame {

                /**
                 * Constructs a new ExchangeFrame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.exchange.v1.ExchangeFrame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExchangeFrame syncRequest. */
                syncRequest: (cen.exchange.v1.SyncRequest|null);

                /** ExchangeFrame chunk. */
                chunk: (cen.exchange.v1.Chunk|null);

                /** ExchangeFrame receipt. */
                receipt: (cen.exchange.v1.Receipt|null);

                /** ExchangeFrame delivery. */
                delivery: (cen.exchange.v1.Delivery|null);

                /** ExchangeFrame nudge. */
                nudge: (cen.exchange.v1.Nudge|null);

                /** ExchangeFrame refusal. */
                refusal: (cen.exchange.v1.Refusal|null);

                /** ExchangeFrame body. */
                body?: ("syncRequest"|"chunk"|"receipt"|"delivery"|"nudge"|"refusal");

                /**
                 * Creates a new ExchangeFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExchangeFrame instance
                 */
                static create(properties: cen.exchange.v1.ExchangeFrame.$Shape): cen.exchange.v1.ExchangeFrame & cen.exchange.v1.ExchangeFrame.$Shape;
                static create(properties?: cen.exchange.v1.ExchangeFrame.$Properties): cen.exchange.v1.ExchangeFrame;

                /**
                 * Encodes the specified ExchangeFrame message. Does not implicitly {@link cen.exchange.v1.ExchangeFrame.verify|verify} messages.
                 * @param message ExchangeFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.exchange.v1.ExchangeFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExchangeFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.ExchangeFrame & cen.exchange.v1.ExchangeFrame.$Shape} ExchangeFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.exchange.v1.ExchangeFrame & cen.exchange.v1.ExchangeFrame.$Shape;

                /**
                 * Verifies an ExchangeFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExchangeFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExchangeFrame
                 */
                static fromObject(object: { [k: string]: any }): cen.exchange.v1.ExchangeFrame;

                /**
                 * Creates a plain object from an ExchangeFrame message. Also converts values to other types if specified.
                 * @param message ExchangeFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.exchange.v1.ExchangeFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExchangeFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExchangeFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExchangeFrame {

                /** Properties of an ExchangeFrame. */
                interface $Properties {

                    /** ExchangeFrame syncRequest */
                    syncRequest?: (cen.exchange.v1.SyncRequest.$Properties|null);

                    /** ExchangeFrame chunk */
                    chunk?: (cen.exchange.v1.Chunk.$Properties|null);

                    /** ExchangeFrame receipt */
                    receipt?: (cen.exchange.v1.Receipt.$Properties|null);

                    /** ExchangeFrame delivery */
                    delivery?: (cen.exchange.v1.Delivery.$Properties|null);

                    /** ExchangeFrame nudge */
                    nudge?: (cen.exchange.v1.Nudge.$Properties|null);

                    /** ExchangeFrame refusal */
                    refusal?: (cen.exchange.v1.Refusal.$Properties|null);

                    /** ExchangeFrame body */
                    body?: ("syncRequest"|"chunk"|"receipt"|"delivery"|"nudge"|"refusal");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an ExchangeFrame. */
                type $Shape = {
                  syncRequest?: cen.exchange.v1.SyncRequest.$Shape|null;
                  chunk?: cen.exchange.v1.Chunk.$Shape|null;
                  receipt?: cen.exchange.v1.Receipt.$Shape|null;
                  delivery?: cen.exchange.v1.Delivery.$Shape|null;
                  nudge?: cen.exchange.v1.Nudge.$Shape|null;
                  refusal?: cen.exchange.v1.Refusal.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; syncRequest?: null; chunk?: null; receipt?: null; delivery?: null; nudge?: null; refusal?: null }|{ body?: "syncRequest"; syncRequest: cen.exchange.v1.SyncRequest.$Shape; chunk?: null; receipt?: null; delivery?: null; nudge?: null; refusal?: null }|{ body?: "chunk"; syncRequest?: null; chunk: cen.exchange.v1.Chunk.$Shape; receipt?: null; delivery?: null; nudge?: null; refusal?: null }|{ body?: "receipt"; syncRequest?: null; chunk?: null; receipt: cen.exchange.v1.Receipt.$Shape; delivery?: null; nudge?: null; refusal?: null }|{ body?: "delivery"; syncRequest?: null; chunk?: null; receipt?: null; delivery: cen.exchange.v1.Delivery.$Shape; nudge?: null; refusal?: null }|{ body?: "nudge"; syncRequest?: null; chunk?: null; receipt?: null; delivery?: null; nudge: cen.exchange.v1.Nudge.$Shape; refusal?: null }|{ body?: "refusal"; syncRequest?: null; chunk?: null; receipt?: null; delivery?: null; nudge?: null; refusal: cen.exchange.v1.Refusal.$Shape })
                );
            }

            /**
             * Properties of a SyncRequest.
             * @deprecated Use cen.exchange.v1.SyncRequest.$Properties instead.
             */
            interface ISyncRequest extends cen.exchange.v1.SyncRequest.$Properties {
            }

            /** Represents a SyncRequest. */
            class SyncRequest {

                /**
                 * Constructs a new SyncRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.exchange.v1.SyncRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SyncRequest agreementId. */
                agreementId: string;

                /** SyncRequest agreementVersion. */
                agreementVersion: number;

                /** SyncRequest cursor. */
                cursor: number;

                /** SyncRequest maxEntries. */
                maxEntries: number;

                /** SyncRequest purgeNotices. */
                purgeNotices: string[];

                /** SyncRequest recentReceipts. */
                recentReceipts: string[];

                /**
                 * Creates a new SyncRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SyncRequest instance
                 */
                static create(properties: cen.exchange.v1.SyncRequest.$Shape): cen.exchange.v1.SyncRequest & cen.exchange.v1.SyncRequest.$Shape;
                static create(properties?: cen.exchange.v1.SyncRequest.$Properties): cen.exchange.v1.SyncRequest;

                /**
                 * Encodes the specified SyncRequest message. Does not implicitly {@link cen.exchange.v1.SyncRequest.verify|verify} messages.
                 * @param message SyncRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.exchange.v1.SyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SyncRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.SyncRequest & cen.exchange.v1.SyncRequest.$Shape} SyncRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.exchange.v1.SyncRequest & cen.exchange.v1.SyncRequest.$Shape;

                /**
                 * Verifies a SyncRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SyncRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SyncRequest
                 */
                static fromObject(object: { [k: string]: any }): cen.exchange.v1.SyncRequest;

                /**
                 * Creates a plain object from a SyncRequest message. Also converts values to other types if specified.
                 * @param message SyncRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.exchange.v1.SyncRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SyncRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SyncRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SyncRequest {

                /** Properties of a SyncRequest. */
                interface $Properties {

                    /** SyncRequest agreementId */
                    agreementId?: string;

                    /** SyncRequest agreementVersion */
                    agreementVersion?: number;

                    /** SyncRequest cursor */
                    cursor?: number;

                    /** SyncRequest maxEntries */
                    maxEntries?: number;

                    /** SyncRequest purgeNotices */
                    purgeNotices?: string[];

                    /** SyncRequest recentReceipts */
                    recentReceipts?: string[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SyncRequest. */
                type $Shape = cen.exchange.v1.SyncRequest.$Properties;
            }

            /**
             * Properties of a Chunk.
             * @deprecated Use cen.exchange.v1.Chunk.$Properties instead.
             */
            interface IChunk extends cen.exchange.v1.Chunk.$Properties {
            }

            /** Represents a Chunk. */
            class Chunk {

                /**
                 * Constructs a new Chunk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.exchange.v1.Chunk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Chunk manifest. */
                manifest: string;

                /** Chunk records. */
                records: Uint8Array[];

                /**
                 * Creates a new Chunk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Chunk instance
                 */
                static create(properties: cen.exchange.v1.Chunk.$Shape): cen.exchange.v1.Chunk & cen.exchange.v1.Chunk.$Shape;
                static create(properties?: cen.exchange.v1.Chunk.$Properties): cen.exchange.v1.Chunk;

                /**
                 * Encodes the specified Chunk message. Does not implicitly {@link cen.exchange.v1.Chunk.verify|verify} messages.
                 * @param message Chunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.exchange.v1.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Chunk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.Chunk & cen.exchange.v1.Chunk.$Shape} Chunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.exchange.v1.Chunk & cen.exchange.v1.Chunk.$Shape;

                /**
                 * Verifies a Chunk message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Chunk message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Chunk
                 */
                static fromObject(object: { [k: string]: any }): cen.exchange.v1.Chunk;

                /**
                 * Creates a plain object from a Chunk message. Also converts values to other types if specified.
                 * @param message Chunk
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.exchange.v1.Chunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Chunk to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Chunk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Chunk {

                /** Properties of a Chunk. */
                interface $Properties {

                    /** Chunk manifest */
                    manifest?: string;

                    /** Chunk records */
                    records?: Uint8Array[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Chunk. */
                type $Shape = cen.exchange.v1.Chunk.$Properties;
            }

            /**
             * Properties of a Receipt.
             * @deprecated Use cen.exchange.v1.Receipt.$Properties instead.
             */
            interface IReceipt extends cen.exchange.v1.Receipt.$Properties {
            }

            /** Represents a Receipt. */
            class Receipt {

                /**
                 * Constructs a new Receipt.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.exchange.v1.Receipt.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Receipt receipt. */
                receipt: string;

                /**
                 * Creates a new Receipt instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Receipt instance
                 */
                static create(properties: cen.exchange.v1.Receipt.$Shape): cen.exchange.v1.Receipt & cen.exchange.v1.Receipt.$Shape;
                static create(properties?: cen.exchange.v1.Receipt.$Properties): cen.exchange.v1.Receipt;

                /**
                 * Encodes the specified Receipt message. Does not implicitly {@link cen.exchange.v1.Receipt.verify|verify} messages.
                 * @param message Receipt message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.exchange.v1.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Receipt message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.Receipt & cen.exchange.v1.Receipt.$Shape} Receipt
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.exchange.v1.Receipt & cen.exchange.v1.Receipt.$Shape;

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
                static fromObject(object: { [k: string]: any }): cen.exchange.v1.Receipt;

                /**
                 * Creates a plain object from a Receipt message. Also converts values to other types if specified.
                 * @param message Receipt
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.exchange.v1.Receipt, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = cen.exchange.v1.Receipt.$Properties;
            }

            /**
             * Properties of a Delivery.
             * @deprecated Use cen.exchange.v1.Delivery.$Properties instead.
             */
            interface IDelivery extends cen.exchange.v1.Delivery.$Properties {
            }

            /** Represents a Delivery. */
            class Delivery {

                /**
                 * Constructs a new Delivery.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.exchange.v1.Delivery.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Delivery manifest. */
                manifest: string;

                /** Delivery records. */
                records: Uint8Array[];

                /**
                 * Creates a new Delivery instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Delivery instance
                 */
                static create(properties: cen.exchange.v1.Delivery.$Shape): cen.exchange.v1.Delivery & cen.exchange.v1.Delivery.$Shape;
                static create(properties?: cen.exchange.v1.Delivery.$Properties): cen.exchange.v1.Delivery;

                /**
                 * Encodes the specified Delivery message. Does not implicitly {@link cen.exchange.v1.Delivery.verify|verify} messages.
                 * @param message Delivery message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.exchange.v1.Delivery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Delivery message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.Delivery & cen.exchange.v1.Delivery.$Shape} Delivery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.exchange.v1.Delivery & cen.exchange.v1.Delivery.$Shape;

                /**
                 * Verifies a Delivery message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Delivery message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Delivery
                 */
                static fromObject(object: { [k: string]: any }): cen.exchange.v1.Delivery;

                /**
                 * Creates a plain object from a Delivery message. Also converts values to other types if specified.
                 * @param message Delivery
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.exchange.v1.Delivery, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Delivery to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Delivery
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Delivery {

                /** Properties of a Delivery. */
                interface $Properties {

                    /** Delivery manifest */
                    manifest?: string;

                    /** Delivery records */
                    records?: Uint8Array[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Delivery. */
                type $Shape = cen.exchange.v1.Delivery.$Properties;
            }

            /**
             * Properties of a Nudge.
             * @deprecated Use cen.exchange.v1.Nudge.$Properties instead.
             */
            interface INudge extends cen.exchange.v1.Nudge.$Properties {
            }

            /** Represents a Nudge. */
            class Nudge {

                /**
                 * Constructs a new Nudge.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.exchange.v1.Nudge.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Nudge instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Nudge instance
                 */
                static create(properties: cen.exchange.v1.Nudge.$Shape): cen.exchange.v1.Nudge & cen.exchange.v1.Nudge.$Shape;
                static create(properties?: cen.exchange.v1.Nudge.$Properties): cen.exchange.v1.Nudge;

                /**
                 * Encodes the specified Nudge message. Does not implicitly {@link cen.exchange.v1.Nudge.verify|verify} messages.
                 * @param message Nudge message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.exchange.v1.Nudge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Nudge message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.Nudge & cen.exchange.v1.Nudge.$Shape} Nudge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.exchange.v1.Nudge & cen.exchange.v1.Nudge.$Shape;

                /**
                 * Verifies a Nudge message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Nudge message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Nudge
                 */
                static fromObject(object: { [k: string]: any }): cen.exchange.v1.Nudge;

                /**
                 * Creates a plain object from a Nudge message. Also converts values to other types if specified.
                 * @param message Nudge
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.exchange.v1.Nudge, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Nudge to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Nudge
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Nudge {

                /** Properties of a Nudge. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Nudge. */
                type $Shape = cen.exchange.v1.Nudge.$Properties;
            }

            /**
             * Properties of a Refusal.
             * @deprecated Use cen.exchange.v1.Refusal.$Properties instead.
             */
            interface IRefusal extends cen.exchange.v1.Refusal.$Properties {
            }

            /** Represents a Refusal. */
            class Refusal {

                /**
                 * Constructs a new Refusal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.exchange.v1.Refusal.$Properties);

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
                static create(properties: cen.exchange.v1.Refusal.$Shape): cen.exchange.v1.Refusal & cen.exchange.v1.Refusal.$Shape;
                static create(properties?: cen.exchange.v1.Refusal.$Properties): cen.exchange.v1.Refusal;

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.exchange.v1.Refusal.verify|verify} messages.
                 * @param message Refusal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.exchange.v1.Refusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Refusal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.Refusal & cen.exchange.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.exchange.v1.Refusal & cen.exchange.v1.Refusal.$Shape;

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
                static fromObject(object: { [k: string]: any }): cen.exchange.v1.Refusal;

                /**
                 * Creates a plain object from a Refusal message. Also converts values to other types if specified.
                 * @param message Refusal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.exchange.v1.Refusal, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = cen.exchange.v1.Refusal.$Properties;
            }
        }
    }
}
