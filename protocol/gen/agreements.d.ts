import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace cen. */
export namespace cen {

    /** Namespace agreements. */
    namespace agreements {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an AgreementFrame.
             * @deprecated Use cen.agreements.v1.AgreementFrame.$Properties instead.
             */
            interface IAgreementFrame extends cen.agreements.v1.AgreementFrame.$Properties {
            }

            /** Represents an AgreementFrame. */
            class AgreementFrame {

                /**
                 * Constructs a new AgreementFrame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.agreements.v1.AgreementFrame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AgreementFrame proposal. */
                proposal: (cen.agreements.v1.Proposal|null);

                /** AgreementFrame countersigned. */
                countersigned: (cen.agreements.v1.Countersigned|null);

                /** AgreementFrame revocation. */
                revocation: (cen.agreements.v1.Revocation|null);

                /** AgreementFrame ack. */
                ack: (cen.agreements.v1.Ack|null);

                /** AgreementFrame refusal. */
                refusal: (cen.agreements.v1.Refusal|null);

                /** AgreementFrame decline. */
                decline: (cen.agreements.v1.Decline|null);

                /** AgreementFrame body. */
                body?: ("proposal"|"countersigned"|"revocation"|"ack"|"refusal"|"decline");

                /**
                 * Creates a new AgreementFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AgreementFrame instance
                 */
                static create(properties: cen.agreements.v1.AgreementFrame.$Shape): cen.agreements.v1.AgreementFrame & cen.agreements.v1.AgreementFrame.$Shape;
                static create(properties?: cen.agreements.v1.AgreementFrame.$Properties): cen.agreements.v1.AgreementFrame;

                /**
                 * Encodes the specified AgreementFrame message. Does not implicitly {@link cen.agreements.v1.AgreementFrame.verify|verify} messages.
                 * @param message AgreementFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.agreements.v1.AgreementFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AgreementFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.AgreementFrame & cen.agreements.v1.AgreementFrame.$Shape} AgreementFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.agreements.v1.AgreementFrame & cen.agreements.v1.AgreementFrame.$Shape;

                /**
                 * Verifies an AgreementFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AgreementFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AgreementFrame
                 */
                static fromObject(object: { [k: string]: any }): cen.agreements.v1.AgreementFrame;

                /**
                 * Creates a plain object from an AgreementFrame message. Also converts values to other types if specified.
                 * @param message AgreementFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.agreements.v1.AgreementFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AgreementFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AgreementFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AgreementFrame {

                /** Properties of an AgreementFrame. */
                interface $Properties {

                    /** AgreementFrame proposal */
                    proposal?: (cen.agreements.v1.Proposal.$Properties|null);

                    /** AgreementFrame countersigned */
                    countersigned?: (cen.agreements.v1.Countersigned.$Properties|null);

                    /** AgreementFrame revocation */
                    revocation?: (cen.agreements.v1.Revocation.$Properties|null);

                    /** AgreementFrame ack */
                    ack?: (cen.agreements.v1.Ack.$Properties|null);

                    /** AgreementFrame refusal */
                    refusal?: (cen.agreements.v1.Refusal.$Properties|null);

                    /** AgreementFrame decline */
                    decline?: (cen.agreements.v1.Decline.$Properties|null);

                    /** AgreementFrame body */
                    body?: ("proposal"|"countersigned"|"revocation"|"ack"|"refusal"|"decline");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an AgreementFrame. */
                type $Shape = {
                  proposal?: cen.agreements.v1.Proposal.$Shape|null;
                  countersigned?: cen.agreements.v1.Countersigned.$Shape|null;
                  revocation?: cen.agreements.v1.Revocation.$Shape|null;
                  ack?: cen.agreements.v1.Ack.$Shape|null;
                  refusal?: cen.agreements.v1.Refusal.$Shape|null;
                  decline?: cen.agreements.v1.Decline.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; proposal?: null; countersigned?: null; revocation?: null; ack?: null; refusal?: null; decline?: null }|{ body?: "proposal"; proposal: cen.agreements.v1.Proposal.$Shape; countersigned?: null; revocation?: null; ack?: null; refusal?: null; decline?: null }|{ body?: "countersigned"; proposal?: null; countersigned: cen.agreements.v1.Countersigned.$Shape; revocation?: null; ack?: null; refusal?: null; decline?: null }|{ body?: "revocation"; proposal?: null; countersigned?: null; revocation: cen.agreements.v1.Revocation.$Shape; ack?: null; refusal?: null; decline?: null }|{ body?: "ack"; proposal?: null; countersigned?: null; revocation?: null; ack: cen.agreements.v1.Ack.$Shape; refusal?: null; decline?: null }|{ body?: "refusal"; proposal?: null; countersigned?: null; revocation?: null; ack?: null; refusal: cen.agreements.v1.Refusal.$Shape; decline?: null }|{ body?: "decline"; proposal?: null; countersigned?: null; revocation?: null; ack?: null; refusal?: null; decline: cen.agreements.v1.Decline.$Shape })
                );
            }

            /**
             * Properties of a Proposal.
             * @deprecated Use cen.agreements.v1.Proposal.$Properties instead.
             */
            interface IProposal extends cen.agreements.v1.Proposal.$Properties {
            }

            /** Represents a Proposal. */
            class Proposal {

                /**
                 * Constructs a new Proposal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.agreements.v1.Proposal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Proposal sealed. */
                sealed: string;

                /** Proposal note. */
                note: string;

                /**
                 * Creates a new Proposal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Proposal instance
                 */
                static create(properties: cen.agreements.v1.Proposal.$Shape): cen.agreements.v1.Proposal & cen.agreements.v1.Proposal.$Shape;
                static create(properties?: cen.agreements.v1.Proposal.$Properties): cen.agreements.v1.Proposal;

                /**
                 * Encodes the specified Proposal message. Does not implicitly {@link cen.agreements.v1.Proposal.verify|verify} messages.
                 * @param message Proposal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.agreements.v1.Proposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Proposal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.Proposal & cen.agreements.v1.Proposal.$Shape} Proposal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.agreements.v1.Proposal & cen.agreements.v1.Proposal.$Shape;

                /**
                 * Verifies a Proposal message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Proposal message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Proposal
                 */
                static fromObject(object: { [k: string]: any }): cen.agreements.v1.Proposal;

                /**
                 * Creates a plain object from a Proposal message. Also converts values to other types if specified.
                 * @param message Proposal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.agreements.v1.Proposal, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Proposal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Proposal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Proposal {

                /** Properties of a Proposal. */
                interface $Properties {

                    /** Proposal sealed */
                    sealed?: string;

                    /** Proposal note */
                    note?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Proposal. */
                type $Shape = cen.agreements.v1.Proposal.$Properties;
            }

            /**
             * Properties of a Countersigned.
             * @deprecated Use cen.agreements.v1.Countersigned.$Properties instead.
             */
            interface ICountersigned extends cen.agreements.v1.Countersigned.$Properties {
            }

            /** Represents a Countersigned. */
            class Countersigned {

                /**
                 * Constructs a new Countersigned.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.agreements.v1.Countersigned.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Countersigned sealed. */
                sealed: string;

                /**
                 * Creates a new Countersigned instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Countersigned instance
                 */
                static create(properties: cen.agreements.v1.Countersigned.$Shape): cen.agreements.v1.Countersigned & cen.agreements.v1.Countersigned.$Shape;
                static create(properties?: cen.agreements.v1.Countersigned.$Properties): cen.agreements.v1.Countersigned;

                /**
                 * Encodes the specified Countersigned message. Does not implicitly {@link cen.agreements.v1.Countersigned.verify|verify} messages.
                 * @param message Countersigned message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.agreements.v1.Countersigned.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Countersigned message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.Countersigned & cen.agreements.v1.Countersigned.$Shape} Countersigned
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.agreements.v1.Countersigned & cen.agreements.v1.Countersigned.$Shape;

                /**
                 * Verifies a Countersigned message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Countersigned message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Countersigned
                 */
                static fromObject(object: { [k: string]: any }): cen.agreements.v1.Countersigned;

                /**
                 * Creates a plain object from a Countersigned message. Also converts values to other types if specified.
                 * @param message Countersigned
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.agreements.v1.Countersigned, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Countersigned to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Countersigned
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Countersigned {

                /** Properties of a Countersigned. */
                interface $Properties {

                    /** Countersigned sealed */
                    sealed?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Countersigned. */
                type $Shape = cen.agreements.v1.Countersigned.$Properties;
            }

            /**
             * Properties of a Revocation.
             * @deprecated Use cen.agreements.v1.Revocation.$Properties instead.
             */
            interface IRevocation extends cen.agreements.v1.Revocation.$Properties {
            }

            /** Represents a Revocation. */
            class Revocation {

                /**
                 * Constructs a new Revocation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.agreements.v1.Revocation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Revocation jws. */
                jws: string;

                /**
                 * Creates a new Revocation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Revocation instance
                 */
                static create(properties: cen.agreements.v1.Revocation.$Shape): cen.agreements.v1.Revocation & cen.agreements.v1.Revocation.$Shape;
                static create(properties?: cen.agreements.v1.Revocation.$Properties): cen.agreements.v1.Revocation;

                /**
                 * Encodes the specified Revocation message. Does not implicitly {@link cen.agreements.v1.Revocation.verify|verify} messages.
                 * @param message Revocation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.agreements.v1.Revocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Revocation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.Revocation & cen.agreements.v1.Revocation.$Shape} Revocation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.agreements.v1.Revocation & cen.agreements.v1.Revocation.$Shape;

                /**
                 * Verifies a Revocation message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Revocation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Revocation
                 */
                static fromObject(object: { [k: string]: any }): cen.agreements.v1.Revocation;

                /**
                 * Creates a plain object from a Revocation message. Also converts values to other types if specified.
                 * @param message Revocation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.agreements.v1.Revocation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Revocation to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Revocation
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Revocation {

                /** Properties of a Revocation. */
                interface $Properties {

                    /** Revocation jws */
                    jws?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Revocation. */
                type $Shape = cen.agreements.v1.Revocation.$Properties;
            }

            /**
             * Properties of a Decline.
             * @deprecated Use cen.agreements.v1.Decline.$Properties instead.
             */
            interface IDecline extends cen.agreements.v1.Decline.$Properties {
            }

            /** Represents a Decline. */
            class Decline {

                /**
                 * Constructs a new Decline.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.agreements.v1.Decline.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Decline agreementId. */
                agreementId: string;

                /** Decline reason. */
                reason: string;

                /** Decline version. */
                version: number;

                /**
                 * Creates a new Decline instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Decline instance
                 */
                static create(properties: cen.agreements.v1.Decline.$Shape): cen.agreements.v1.Decline & cen.agreements.v1.Decline.$Shape;
                static create(properties?: cen.agreements.v1.Decline.$Properties): cen.agreements.v1.Decline;

                /**
                 * Encodes the specified Decline message. Does not implicitly {@link cen.agreements.v1.Decline.verify|verify} messages.
                 * @param message Decline message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.agreements.v1.Decline.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Decline message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.Decline & cen.agreements.v1.Decline.$Shape} Decline
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.agreements.v1.Decline & cen.agreements.v1.Decline.$Shape;

                /**
                 * Verifies a Decline message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Decline message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Decline
                 */
                static fromObject(object: { [k: string]: any }): cen.agreements.v1.Decline;

                /**
                 * Creates a plain object from a Decline message. Also converts values to other types if specified.
                 * @param message Decline
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.agreements.v1.Decline, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Decline to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Decline
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Decline {

                /** Properties of a Decline. */
                interface $Properties {

                    /** Decline agreementId */
                    agreementId?: string;

                    /** Decline reason */
                    reason?: string;

                    /** Decline version */
                    version?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Decline. */
                type $Shape = cen.agreements.v1.Decline.$Properties;
            }

            /**
             * Properties of an Ack.
             * @deprecated Use cen.agreements.v1.Ack.$Properties instead.
             */
            interface IAck extends cen.agreements.v1.Ack.$Properties {
            }

            /** Represents an Ack. */
            class Ack {

                /**
                 * Constructs a new Ack.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.agreements.v1.Ack.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Ack instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Ack instance
                 */
                static create(properties: cen.agreements.v1.Ack.$Shape): cen.agreements.v1.Ack & cen.agreements.v1.Ack.$Shape;
                static create(properties?: cen.agreements.v1.Ack.$Properties): cen.agreements.v1.Ack;

                /**
                 * Encodes the specified Ack message. Does not implicitly {@link cen.agreements.v1.Ack.verify|verify} messages.
                 * @param message Ack message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.agreements.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Ack message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.Ack & cen.agreements.v1.Ack.$Shape} Ack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.agreements.v1.Ack & cen.agreements.v1.Ack.$Shape;

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
                static fromObject(object: { [k: string]: any }): cen.agreements.v1.Ack;

                /**
                 * Creates a plain object from an Ack message. Also converts values to other types if specified.
                 * @param message Ack
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.agreements.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Ack. */
                type $Shape = cen.agreements.v1.Ack.$Properties;
            }

            /**
             * Properties of a Refusal.
             * @deprecated Use cen.agreements.v1.Refusal.$Properties instead.
             */
            interface IRefusal extends cen.agreements.v1.Refusal.$Properties {
            }

            /** Represents a Refusal. */
            class Refusal {

                /**
                 * Constructs a new Refusal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.agreements.v1.Refusal.$Properties);

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
                static create(properties: cen.agreements.v1.Refusal.$Shape): cen.agreements.v1.Refusal & cen.agreements.v1.Refusal.$Shape;
                static create(properties?: cen.agreements.v1.Refusal.$Properties): cen.agreements.v1.Refusal;

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.agreements.v1.Refusal.verify|verify} messages.
                 * @param message Refusal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.agreements.v1.Refusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Refusal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.Refusal & cen.agreements.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.agreements.v1.Refusal & cen.agreements.v1.Refusal.$Shape;

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
                static fromObject(object: { [k: string]: any }): cen.agreements.v1.Refusal;

                /**
                 * Creates a plain object from a Refusal message. Also converts values to other types if specified.
                 * @param message Refusal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.agreements.v1.Refusal, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = cen.agreements.v1.Refusal.$Properties;
            }
        }
    }
}
