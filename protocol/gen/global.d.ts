import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace cen. */
export namespace cen {

    /** Namespace global. */
    namespace global {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a GlobalFrame.
             * @deprecated Use cen.global.v1.GlobalFrame.$Properties instead.
             */
            interface IGlobalFrame extends cen.global.v1.GlobalFrame.$Properties {
            }

            /** Represents a GlobalFrame. */
            class GlobalFrame {

                /**
                 * Constructs a new GlobalFrame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.global.v1.GlobalFrame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GlobalFrame request. */
                request: (cen.global.v1.Request|null);

                /** GlobalFrame answer. */
                answer: (cen.global.v1.Answer|null);

                /** GlobalFrame chunk. */
                chunk: (cen.global.v1.Chunk|null);

                /** GlobalFrame refusal. */
                refusal: (cen.global.v1.Refusal|null);

                /** GlobalFrame body. */
                body?: ("request"|"answer"|"chunk"|"refusal");

                /**
                 * Creates a new GlobalFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GlobalFrame instance
                 */
                static create(properties: cen.global.v1.GlobalFrame.$Shape): cen.global.v1.GlobalFrame & cen.global.v1.GlobalFrame.$Shape;
                static create(properties?: cen.global.v1.GlobalFrame.$Properties): cen.global.v1.GlobalFrame;

                /**
                 * Encodes the specified GlobalFrame message. Does not implicitly {@link cen.global.v1.GlobalFrame.verify|verify} messages.
                 * @param message GlobalFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.global.v1.GlobalFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GlobalFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.global.v1.GlobalFrame & cen.global.v1.GlobalFrame.$Shape} GlobalFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.global.v1.GlobalFrame & cen.global.v1.GlobalFrame.$Shape;

                /**
                 * Verifies a GlobalFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GlobalFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GlobalFrame
                 */
                static fromObject(object: { [k: string]: any }): cen.global.v1.GlobalFrame;

                /**
                 * Creates a plain object from a GlobalFrame message. Also converts values to other types if specified.
                 * @param message GlobalFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.global.v1.GlobalFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GlobalFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GlobalFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GlobalFrame {

                /** Properties of a GlobalFrame. */
                interface $Properties {

                    /** GlobalFrame request */
                    request?: (cen.global.v1.Request.$Properties|null);

                    /** GlobalFrame answer */
                    answer?: (cen.global.v1.Answer.$Properties|null);

                    /** GlobalFrame chunk */
                    chunk?: (cen.global.v1.Chunk.$Properties|null);

                    /** GlobalFrame refusal */
                    refusal?: (cen.global.v1.Refusal.$Properties|null);

                    /** GlobalFrame body */
                    body?: ("request"|"answer"|"chunk"|"refusal");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a GlobalFrame. */
                type $Shape = {
                  request?: cen.global.v1.Request.$Shape|null;
                  answer?: cen.global.v1.Answer.$Shape|null;
                  chunk?: cen.global.v1.Chunk.$Shape|null;
                  refusal?: cen.global.v1.Refusal.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; request?: null; answer?: null; chunk?: null; refusal?: null }|{ body?: "request"; request: cen.global.v1.Request.$Shape; answer?: null; chunk?: null; refusal?: null }|{ body?: "answer"; request?: null; answer: cen.global.v1.Answer.$Shape; chunk?: null; refusal?: null }|{ body?: "chunk"; request?: null; answer?: null; chunk: cen.global.v1.Chunk.$Shape; refusal?: null }|{ body?: "refusal"; request?: null; answer?: null; chunk?: null; refusal: cen.global.v1.Refusal.$Shape })
                );
            }

            /**
             * Properties of a Request.
             * @deprecated Use cen.global.v1.Request.$Properties instead.
             */
            interface IRequest extends cen.global.v1.Request.$Properties {
            }

            /** Represents a Request. */
            class Request {

                /**
                 * Constructs a new Request.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.global.v1.Request.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Request id. */
                id: string;

                /** Request op. */
                op: string;

                /** Request params. */
                params: Uint8Array;

                /** Request user. */
                user: cen.global.v1.UserRef;

                /** Request size. */
                size: number;

                /**
                 * Creates a new Request instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Request instance
                 */
                static create(properties: cen.global.v1.Request.$Shape): cen.global.v1.Request & cen.global.v1.Request.$Shape;
                static create(properties?: cen.global.v1.Request.$Properties): cen.global.v1.Request;

                /**
                 * Encodes the specified Request message. Does not implicitly {@link cen.global.v1.Request.verify|verify} messages.
                 * @param message Request message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.global.v1.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Request message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.global.v1.Request & cen.global.v1.Request.$Shape} Request
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.global.v1.Request & cen.global.v1.Request.$Shape;

                /**
                 * Verifies a Request message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Request message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Request
                 */
                static fromObject(object: { [k: string]: any }): cen.global.v1.Request;

                /**
                 * Creates a plain object from a Request message. Also converts values to other types if specified.
                 * @param message Request
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.global.v1.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Request to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Request
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Request {

                /** Properties of a Request. */
                interface $Properties {

                    /** Request id */
                    id?: string;

                    /** Request op */
                    op?: string;

                    /** Request params */
                    params?: Uint8Array;

                    /** Request user */
                    user?: cen.global.v1.UserRef.$Properties;

                    /** Request size */
                    size?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Request. */
                type $Shape = cen.global.v1.Request.$Properties;
            }

            /**
             * Properties of a UserRef.
             * @deprecated Use cen.global.v1.UserRef.$Properties instead.
             */
            interface IUserRef extends cen.global.v1.UserRef.$Properties {
            }

            /** Represents a UserRef. */
            class UserRef {

                /**
                 * Constructs a new UserRef.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.global.v1.UserRef.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserRef ref. */
                ref: string;

                /** UserRef role. */
                role: string;

                /**
                 * Creates a new UserRef instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UserRef instance
                 */
                static create(properties: cen.global.v1.UserRef.$Shape): cen.global.v1.UserRef & cen.global.v1.UserRef.$Shape;
                static create(properties?: cen.global.v1.UserRef.$Properties): cen.global.v1.UserRef;

                /**
                 * Encodes the specified UserRef message. Does not implicitly {@link cen.global.v1.UserRef.verify|verify} messages.
                 * @param message UserRef message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.global.v1.UserRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserRef message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.global.v1.UserRef & cen.global.v1.UserRef.$Shape} UserRef
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.global.v1.UserRef & cen.global.v1.UserRef.$Shape;

                /**
                 * Verifies a UserRef message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a UserRef message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UserRef
                 */
                static fromObject(object: { [k: string]: any }): cen.global.v1.UserRef;

                /**
                 * Creates a plain object from a UserRef message. Also converts values to other types if specified.
                 * @param message UserRef
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.global.v1.UserRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UserRef to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UserRef
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UserRef {

                /** Properties of a UserRef. */
                interface $Properties {

                    /** UserRef ref */
                    ref?: string;

                    /** UserRef role */
                    role?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserRef. */
                type $Shape = cen.global.v1.UserRef.$Properties;
            }

            /**
             * Properties of an Answer.
             * @deprecated Use cen.global.v1.Answer.$Properties instead.
             */
            interface IAnswer extends cen.global.v1.Answer.$Properties {
            }

            /** Represents an Answer. */
            class Answer {

                /**
                 * Constructs a new Answer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.global.v1.Answer.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Answer requestId. */
                requestId: string;

                /** Answer type. */
                type: string;

                /** Answer size. */
                size: number;

                /**
                 * Creates a new Answer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Answer instance
                 */
                static create(properties: cen.global.v1.Answer.$Shape): cen.global.v1.Answer & cen.global.v1.Answer.$Shape;
                static create(properties?: cen.global.v1.Answer.$Properties): cen.global.v1.Answer;

                /**
                 * Encodes the specified Answer message. Does not implicitly {@link cen.global.v1.Answer.verify|verify} messages.
                 * @param message Answer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.global.v1.Answer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Answer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.global.v1.Answer & cen.global.v1.Answer.$Shape} Answer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.global.v1.Answer & cen.global.v1.Answer.$Shape;

                /**
                 * Verifies an Answer message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Answer message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Answer
                 */
                static fromObject(object: { [k: string]: any }): cen.global.v1.Answer;

                /**
                 * Creates a plain object from an Answer message. Also converts values to other types if specified.
                 * @param message Answer
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.global.v1.Answer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Answer to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Answer
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Answer {

                /** Properties of an Answer. */
                interface $Properties {

                    /** Answer requestId */
                    requestId?: string;

                    /** Answer type */
                    type?: string;

                    /** Answer size */
                    size?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Answer. */
                type $Shape = cen.global.v1.Answer.$Properties;
            }

            /**
             * Properties of a Chunk.
             * @deprecated Use cen.global.v1.Chunk.$Properties instead.
             */
            interface IChunk extends cen.global.v1.Chunk.$Properties {
            }

            /** Represents a Chunk. */
            class Chunk {

                /**
                 * Constructs a new Chunk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.global.v1.Chunk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Chunk data. */
                data: Uint8Array;

                /** Chunk last. */
                last: boolean;

                /**
                 * Creates a new Chunk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Chunk instance
                 */
                static create(properties: cen.global.v1.Chunk.$Shape): cen.global.v1.Chunk & cen.global.v1.Chunk.$Shape;
                static create(properties?: cen.global.v1.Chunk.$Properties): cen.global.v1.Chunk;

                /**
                 * Encodes the specified Chunk message. Does not implicitly {@link cen.global.v1.Chunk.verify|verify} messages.
                 * @param message Chunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.global.v1.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Chunk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.global.v1.Chunk & cen.global.v1.Chunk.$Shape} Chunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.global.v1.Chunk & cen.global.v1.Chunk.$Shape;

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
                static fromObject(object: { [k: string]: any }): cen.global.v1.Chunk;

                /**
                 * Creates a plain object from a Chunk message. Also converts values to other types if specified.
                 * @param message Chunk
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.global.v1.Chunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** Chunk data */
                    data?: Uint8Array;

                    /** Chunk last */
                    last?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Chunk. */
                type $Shape = cen.global.v1.Chunk.$Properties;
            }

            /**
             * Properties of a Refusal.
             * @deprecated Use cen.global.v1.Refusal.$Properties instead.
             */
            interface IRefusal extends cen.global.v1.Refusal.$Properties {
            }

            /** Represents a Refusal. */
            class Refusal {

                /**
                 * Constructs a new Refusal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.global.v1.Refusal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Refusal code. */
                code: string;

                /** Refusal message. */
                message: string;

                /** Refusal details. */
                details: Uint8Array;

                /**
                 * Creates a new Refusal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Refusal instance
                 */
                static create(properties: cen.global.v1.Refusal.$Shape): cen.global.v1.Refusal & cen.global.v1.Refusal.$Shape;
                static create(properties?: cen.global.v1.Refusal.$Properties): cen.global.v1.Refusal;

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.global.v1.Refusal.verify|verify} messages.
                 * @param message Refusal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.global.v1.Refusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Refusal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.global.v1.Refusal & cen.global.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.global.v1.Refusal & cen.global.v1.Refusal.$Shape;

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
                static fromObject(object: { [k: string]: any }): cen.global.v1.Refusal;

                /**
                 * Creates a plain object from a Refusal message. Also converts values to other types if specified.
                 * @param message Refusal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.global.v1.Refusal, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** Refusal details */
                    details?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Refusal. */
                type $Shape = cen.global.v1.Refusal.$Properties;
            }
        }
    }
}
