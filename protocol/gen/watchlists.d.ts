import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace cen. */
export namespace cen {

    /** Namespace watchlists. */
    namespace watchlists {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a WatchlistFrame.
             * @deprecated Use cen.watchlists.v1.WatchlistFrame.$Properties instead.
             */
            interface IWatchlistFrame extends cen.watchlists.v1.WatchlistFrame.$Properties {
            }

            /** Represents a WatchlistFrame. */
            class WatchlistFrame {

                /**
                 * Constructs a new WatchlistFrame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.watchlists.v1.WatchlistFrame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WatchlistFrame offer. */
                offer: (cen.watchlists.v1.Offer|null);

                /** WatchlistFrame answer. */
                answer: (cen.watchlists.v1.Answer|null);

                /** WatchlistFrame refusal. */
                refusal: (cen.watchlists.v1.Refusal|null);

                /** WatchlistFrame body. */
                body?: ("offer"|"answer"|"refusal");

                /**
                 * Creates a new WatchlistFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WatchlistFrame instance
                 */
                static create(properties: cen.watchlists.v1.WatchlistFrame.$Shape): cen.watchlists.v1.WatchlistFrame & cen.watchlists.v1.WatchlistFrame.$Shape;
                static create(properties?: cen.watchlists.v1.WatchlistFrame.$Properties): cen.watchlists.v1.WatchlistFrame;

                /**
                 * Encodes the specified WatchlistFrame message. Does not implicitly {@link cen.watchlists.v1.WatchlistFrame.verify|verify} messages.
                 * @param message WatchlistFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.watchlists.v1.WatchlistFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WatchlistFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.watchlists.v1.WatchlistFrame & cen.watchlists.v1.WatchlistFrame.$Shape} WatchlistFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.watchlists.v1.WatchlistFrame & cen.watchlists.v1.WatchlistFrame.$Shape;

                /**
                 * Verifies a WatchlistFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WatchlistFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WatchlistFrame
                 */
                static fromObject(object: { [k: string]: any }): cen.watchlists.v1.WatchlistFrame;

                /**
                 * Creates a plain object from a WatchlistFrame message. Also converts values to other types if specified.
                 * @param message WatchlistFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.watchlists.v1.WatchlistFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WatchlistFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for WatchlistFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WatchlistFrame {

                /** Properties of a WatchlistFrame. */
                interface $Properties {

                    /** WatchlistFrame offer */
                    offer?: (cen.watchlists.v1.Offer.$Properties|null);

                    /** WatchlistFrame answer */
                    answer?: (cen.watchlists.v1.Answer.$Properties|null);

                    /** WatchlistFrame refusal */
                    refusal?: (cen.watchlists.v1.Refusal.$Properties|null);

                    /** WatchlistFrame body */
                    body?: ("offer"|"answer"|"refusal");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a WatchlistFrame. */
                type $Shape = {
                  offer?: cen.watchlists.v1.Offer.$Shape|null;
                  answer?: cen.watchlists.v1.Answer.$Shape|null;
                  refusal?: cen.watchlists.v1.Refusal.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; offer?: null; answer?: null; refusal?: null }|{ body?: "offer"; offer: cen.watchlists.v1.Offer.$Shape; answer?: null; refusal?: null }|{ body?: "answer"; offer?: null; answer: cen.watchlists.v1.Answer.$Shape; refusal?: null }|{ body?: "refusal"; offer?: null; answer?: null; refusal: cen.watchlists.v1.Refusal.$Shape })
                );
            }

            /**
             * Properties of an Offer.
             * @deprecated Use cen.watchlists.v1.Offer.$Properties instead.
             */
            interface IOffer extends cen.watchlists.v1.Offer.$Properties {
            }

            /** Represents an Offer. */
            class Offer {

                /**
                 * Constructs a new Offer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.watchlists.v1.Offer.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Offer rules. */
                rules: string[];

                /**
                 * Creates a new Offer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Offer instance
                 */
                static create(properties: cen.watchlists.v1.Offer.$Shape): cen.watchlists.v1.Offer & cen.watchlists.v1.Offer.$Shape;
                static create(properties?: cen.watchlists.v1.Offer.$Properties): cen.watchlists.v1.Offer;

                /**
                 * Encodes the specified Offer message. Does not implicitly {@link cen.watchlists.v1.Offer.verify|verify} messages.
                 * @param message Offer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.watchlists.v1.Offer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Offer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.watchlists.v1.Offer & cen.watchlists.v1.Offer.$Shape} Offer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.watchlists.v1.Offer & cen.watchlists.v1.Offer.$Shape;

                /**
                 * Verifies an Offer message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Offer message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Offer
                 */
                static fromObject(object: { [k: string]: any }): cen.watchlists.v1.Offer;

                /**
                 * Creates a plain object from an Offer message. Also converts values to other types if specified.
                 * @param message Offer
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.watchlists.v1.Offer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Offer to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Offer
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Offer {

                /** Properties of an Offer. */
                interface $Properties {

                    /** Offer rules */
                    rules?: string[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Offer. */
                type $Shape = cen.watchlists.v1.Offer.$Properties;
            }

            /**
             * Properties of an Answer.
             * @deprecated Use cen.watchlists.v1.Answer.$Properties instead.
             */
            interface IAnswer extends cen.watchlists.v1.Answer.$Properties {
            }

            /** Represents an Answer. */
            class Answer {

                /**
                 * Constructs a new Answer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.watchlists.v1.Answer.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Answer outcomes. */
                outcomes: cen.watchlists.v1.Outcome[];

                /**
                 * Creates a new Answer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Answer instance
                 */
                static create(properties: cen.watchlists.v1.Answer.$Shape): cen.watchlists.v1.Answer & cen.watchlists.v1.Answer.$Shape;
                static create(properties?: cen.watchlists.v1.Answer.$Properties): cen.watchlists.v1.Answer;

                /**
                 * Encodes the specified Answer message. Does not implicitly {@link cen.watchlists.v1.Answer.verify|verify} messages.
                 * @param message Answer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.watchlists.v1.Answer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Answer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.watchlists.v1.Answer & cen.watchlists.v1.Answer.$Shape} Answer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.watchlists.v1.Answer & cen.watchlists.v1.Answer.$Shape;

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
                static fromObject(object: { [k: string]: any }): cen.watchlists.v1.Answer;

                /**
                 * Creates a plain object from an Answer message. Also converts values to other types if specified.
                 * @param message Answer
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.watchlists.v1.Answer, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** Answer outcomes */
                    outcomes?: cen.watchlists.v1.Outcome.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Answer. */
                type $Shape = cen.watchlists.v1.Answer.$Properties;
            }

            /**
             * Properties of an Outcome.
             * @deprecated Use cen.watchlists.v1.Outcome.$Properties instead.
             */
            interface IOutcome extends cen.watchlists.v1.Outcome.$Properties {
            }

            /** Represents an Outcome. */
            class Outcome {

                /**
                 * Constructs a new Outcome.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.watchlists.v1.Outcome.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Outcome ruleId. */
                ruleId: string;

                /** Outcome version. */
                version: number;

                /** Outcome outcome. */
                outcome: string;

                /** Outcome reason. */
                reason: string;

                /**
                 * Creates a new Outcome instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Outcome instance
                 */
                static create(properties: cen.watchlists.v1.Outcome.$Shape): cen.watchlists.v1.Outcome & cen.watchlists.v1.Outcome.$Shape;
                static create(properties?: cen.watchlists.v1.Outcome.$Properties): cen.watchlists.v1.Outcome;

                /**
                 * Encodes the specified Outcome message. Does not implicitly {@link cen.watchlists.v1.Outcome.verify|verify} messages.
                 * @param message Outcome message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.watchlists.v1.Outcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Outcome message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.watchlists.v1.Outcome & cen.watchlists.v1.Outcome.$Shape} Outcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.watchlists.v1.Outcome & cen.watchlists.v1.Outcome.$Shape;

                /**
                 * Verifies an Outcome message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Outcome message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Outcome
                 */
                static fromObject(object: { [k: string]: any }): cen.watchlists.v1.Outcome;

                /**
                 * Creates a plain object from an Outcome message. Also converts values to other types if specified.
                 * @param message Outcome
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.watchlists.v1.Outcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Outcome to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Outcome
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Outcome {

                /** Properties of an Outcome. */
                interface $Properties {

                    /** Outcome ruleId */
                    ruleId?: string;

                    /** Outcome version */
                    version?: number;

                    /** Outcome outcome */
                    outcome?: string;

                    /** Outcome reason */
                    reason?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Outcome. */
                type $Shape = cen.watchlists.v1.Outcome.$Properties;
            }

            /**
             * Properties of a Refusal.
             * @deprecated Use cen.watchlists.v1.Refusal.$Properties instead.
             */
            interface IRefusal extends cen.watchlists.v1.Refusal.$Properties {
            }

            /** Represents a Refusal. */
            class Refusal {

                /**
                 * Constructs a new Refusal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.watchlists.v1.Refusal.$Properties);

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
                static create(properties: cen.watchlists.v1.Refusal.$Shape): cen.watchlists.v1.Refusal & cen.watchlists.v1.Refusal.$Shape;
                static create(properties?: cen.watchlists.v1.Refusal.$Properties): cen.watchlists.v1.Refusal;

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.watchlists.v1.Refusal.verify|verify} messages.
                 * @param message Refusal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.watchlists.v1.Refusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Refusal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.watchlists.v1.Refusal & cen.watchlists.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.watchlists.v1.Refusal & cen.watchlists.v1.Refusal.$Shape;

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
                static fromObject(object: { [k: string]: any }): cen.watchlists.v1.Refusal;

                /**
                 * Creates a plain object from a Refusal message. Also converts values to other types if specified.
                 * @param message Refusal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.watchlists.v1.Refusal, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = cen.watchlists.v1.Refusal.$Properties;
            }
        }
    }
}
