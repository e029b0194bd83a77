import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace cen. */
export namespace cen {

    /** Namespace query. */
    namespace query {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a QueryFrame.
             * @deprecated Use cen.query.v1.QueryFrame.$Properties instead.
             */
            interface IQueryFrame extends cen.query.v1.QueryFrame.$Properties {
            }

            /** Represents a QueryFrame. */
            class QueryFrame {

                /**
                 * Constructs a new QueryFrame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.query.v1.QueryFrame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryFrame query. */
                query: (cen.query.v1.Query|null);

                /** QueryFrame answer. */
                answer: (cen.query.v1.Answer|null);

                /** QueryFrame refusal. */
                refusal: (cen.query.v1.Refusal|null);

                /** QueryFrame body. */
                body?: ("query"|"answer"|"refusal");

                /**
                 * Creates a new QueryFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryFrame instance
                 */
                static create(properties: cen.query.v1.QueryFrame.$Shape): cen.query.v1.QueryFrame & cen.query.v1.QueryFrame.$Shape;
                static create(properties?: cen.query.v1.QueryFrame.$Properties): cen.query.v1.QueryFrame;

                /**
                 * Encodes the specified QueryFrame message. Does not implicitly {@link cen.query.v1.QueryFrame.verify|verify} messages.
                 * @param message QueryFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.query.v1.QueryFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.query.v1.QueryFrame & cen.query.v1.QueryFrame.$Shape} QueryFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.query.v1.QueryFrame & cen.query.v1.QueryFrame.$Shape;

                /**
                 * Verifies a QueryFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryFrame
                 */
                static fromObject(object: { [k: string]: any }): cen.query.v1.QueryFrame;

                /**
                 * Creates a plain object from a QueryFrame message. Also converts values to other types if specified.
                 * @param message QueryFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.query.v1.QueryFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryFrame {

                /** Properties of a QueryFrame. */
                interface $Properties {

                    /** QueryFrame query */
                    query?: (cen.query.v1.Query.$Properties|null);

                    /** QueryFrame answer */
                    answer?: (cen.query.v1.Answer.$Properties|null);

                    /** QueryFrame refusal */
                    refusal?: (cen.query.v1.Refusal.$Properties|null);

                    /** QueryFrame body */
                    body?: ("query"|"answer"|"refusal");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a QueryFrame. */
                type $Shape = {
                  query?: cen.query.v1.Query.$Shape|null;
                  answer?: cen.query.v1.Answer.$Shape|null;
                  refusal?: cen.query.v1.Refusal.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; query?: null; answer?: null; refusal?: null }|{ body?: "query"; query: cen.query.v1.Query.$Shape; answer?: null; refusal?: null }|{ body?: "answer"; query?: null; answer: cen.query.v1.Answer.$Shape; refusal?: null }|{ body?: "refusal"; query?: null; answer?: null; refusal: cen.query.v1.Refusal.$Shape })
                );
            }

            /**
             * Properties of a Query.
             * @deprecated Use cen.query.v1.Query.$Properties instead.
             */
            interface IQuery extends cen.query.v1.Query.$Properties {
            }

            /** Represents a Query. */
            class Query {

                /**
                 * Constructs a new Query.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.query.v1.Query.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Query id. */
                id: string;

                /** Query identifierType. */
                identifierType: string;

                /** Query value. */
                value: string;

                /**
                 * Creates a new Query instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Query instance
                 */
                static create(properties: cen.query.v1.Query.$Shape): cen.query.v1.Query & cen.query.v1.Query.$Shape;
                static create(properties?: cen.query.v1.Query.$Properties): cen.query.v1.Query;

                /**
                 * Encodes the specified Query message. Does not implicitly {@link cen.query.v1.Query.verify|verify} messages.
                 * @param message Query message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.query.v1.Query.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Query message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.query.v1.Query & cen.query.v1.Query.$Shape} Query
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.query.v1.Query & cen.query.v1.Query.$Shape;

                /**
                 * Verifies a Query message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Query message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Query
                 */
                static fromObject(object: { [k: string]: any }): cen.query.v1.Query;

                /**
                 * Creates a plain object from a Query message. Also converts values to other types if specified.
                 * @param message Query
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.query.v1.Query, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Query to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Query
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Query {

                /** Properties of a Query. */
                interface $Properties {

                    /** Query id */
                    id?: string;

                    /** Query identifierType */
                    identifierType?: string;

                    /** Query value */
                    value?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Query. */
                type $Shape = cen.query.v1.Query.$Properties;
            }

            /**
             * Properties of an Answer.
             * @deprecated Use cen.query.v1.Answer.$Properties instead.
             */
            interface IAnswer extends cen.query.v1.Answer.$Properties {
            }

            /** Represents an Answer. */
            class Answer {

                /**
                 * Constructs a new Answer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.query.v1.Answer.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Answer queryId. */
                queryId: string;

                /** Answer hit. */
                hit: boolean;

                /** Answer matches. */
                matches: number;

                /**
                 * Creates a new Answer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Answer instance
                 */
                static create(properties: cen.query.v1.Answer.$Shape): cen.query.v1.Answer & cen.query.v1.Answer.$Shape;
                static create(properties?: cen.query.v1.Answer.$Properties): cen.query.v1.Answer;

                /**
                 * Encodes the specified Answer message. Does not implicitly {@link cen.query.v1.Answer.verify|verify} messages.
                 * @param message Answer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.query.v1.Answer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Answer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.query.v1.Answer & cen.query.v1.Answer.$Shape} Answer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.query.v1.Answer & cen.query.v1.Answer.$Shape;

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
                static fromObject(object: { [k: string]: any }): cen.query.v1.Answer;

                /**
                 * Creates a plain object from an Answer message. Also converts values to other types if specified.
                 * @param message Answer
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.query.v1.Answer, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** Answer queryId */
                    queryId?: string;

                    /** Answer hit */
                    hit?: boolean;

                    /** Answer matches */
                    matches?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Answer. */
                type $Shape = cen.query.v1.Answer.$Properties;
            }

            /**
             * Properties of a Refusal.
             * @deprecated Use cen.query.v1.Refusal.$Properties instead.
             */
            interface IRefusal extends cen.query.v1.Refusal.$Properties {
            }

            /** Represents a Refusal. */
            class Refusal {

                /**
                 * Constructs a new Refusal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.query.v1.Refusal.$Properties);

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
                static create(properties: cen.query.v1.Refusal.$Shape): cen.query.v1.Refusal & cen.query.v1.Refusal.$Shape;
                static create(properties?: cen.query.v1.Refusal.$Properties): cen.query.v1.Refusal;

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.query.v1.Refusal.verify|verify} messages.
                 * @param message Refusal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.query.v1.Refusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Refusal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.query.v1.Refusal & cen.query.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.query.v1.Refusal & cen.query.v1.Refusal.$Shape;

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
                static fromObject(object: { [k: string]: any }): cen.query.v1.Refusal;

                /**
                 * Creates a plain object from a Refusal message. Also converts values to other types if specified.
                 * @param message Refusal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.query.v1.Refusal, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = cen.query.v1.Refusal.$Properties;
            }
        }
    }
}
