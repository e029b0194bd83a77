import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace cen. */
export namespace cen {

    /** Namespace publications. */
    namespace publications {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a PublicationsFrame.
             * @deprecated Use cen.publications.v1.PublicationsFrame.$Properties instead.
             */
            interface IPublicationsFrame extends cen.publications.v1.PublicationsFrame.$Properties {
            }

            /** Represents a PublicationsFrame. */
            class PublicationsFrame {

                /**
                 * Constructs a new PublicationsFrame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.publications.v1.PublicationsFrame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PublicationsFrame since. */
                since: (cen.publications.v1.Since|null);

                /** PublicationsFrame events. */
                events: (cen.publications.v1.Events|null);

                /** PublicationsFrame attachmentRequest. */
                attachmentRequest: (cen.publications.v1.AttachmentRequest|null);

                /** PublicationsFrame attachment. */
                attachment: (cen.publications.v1.Attachment|null);

                /** PublicationsFrame refusal. */
                refusal: (cen.publications.v1.Refusal|null);

                /** PublicationsFrame body. */
                body?: ("since"|"events"|"attachmentRequest"|"attachment"|"refusal");

                /**
                 * Creates a new PublicationsFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublicationsFrame instance
                 */
                static create(properties: cen.publications.v1.PublicationsFrame.$Shape): cen.publications.v1.PublicationsFrame & cen.publications.v1.PublicationsFrame.$Shape;
                static create(properties?: cen.publications.v1.PublicationsFrame.$Properties): cen.publications.v1.PublicationsFrame;

                /**
                 * Encodes the specified PublicationsFrame message. Does not implicitly {@link cen.publications.v1.PublicationsFrame.verify|verify} messages.
                 * @param message PublicationsFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.publications.v1.PublicationsFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublicationsFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.publications.v1.PublicationsFrame & cen.publications.v1.PublicationsFrame.$Shape} PublicationsFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.publications.v1.PublicationsFrame & cen.publications.v1.PublicationsFrame.$Shape;

                /**
                 * Verifies a PublicationsFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PublicationsFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PublicationsFrame
                 */
                static fromObject(object: { [k: string]: any }): cen.publications.v1.PublicationsFrame;

                /**
                 * Creates a plain object from a PublicationsFrame message. Also converts values to other types if specified.
                 * @param message PublicationsFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.publications.v1.PublicationsFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PublicationsFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PublicationsFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublicationsFrame {

                /** Properties of a PublicationsFrame. */
                interface $Properties {

                    /** PublicationsFrame since */
                    since?: (cen.publications.v1.Since.$Properties|null);

                    /** PublicationsFrame events */
                    events?: (cen.publications.v1.Events.$Properties|null);

                    /** PublicationsFrame attachmentRequest */
                    attachmentRequest?: (cen.publications.v1.AttachmentRequest.$Properties|null);

                    /** PublicationsFrame attachment */
                    attachment?: (cen.publications.v1.Attachment.$Properties|null);

                    /** PublicationsFrame refusal */
                    refusal?: (cen.publications.v1.Refusal.$Properties|null);

                    /** PublicationsFrame body */
                    body?: ("since"|"events"|"attachmentRequest"|"attachment"|"refusal");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a PublicationsFrame. */
                type $Shape = {
                  since?: cen.publications.v1.Since.$Shape|null;
                  events?: cen.publications.v1.Events.$Shape|null;
                  attachmentRequest?: cen.publications.v1.AttachmentRequest.$Shape|null;
                  attachment?: cen.publications.v1.Attachment.$Shape|null;
                  refusal?: cen.publications.v1.Refusal.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; since?: null; events?: null; attachmentRequest?: null; attachment?: null; refusal?: null }|{ body?: "since"; since: cen.publications.v1.Since.$Shape; events?: null; attachmentRequest?: null; attachment?: null; refusal?: null }|{ body?: "events"; since?: null; events: cen.publications.v1.Events.$Shape; attachmentRequest?: null; attachment?: null; refusal?: null }|{ body?: "attachmentRequest"; since?: null; events?: null; attachmentRequest: cen.publications.v1.AttachmentRequest.$Shape; attachment?: null; refusal?: null }|{ body?: "attachment"; since?: null; events?: null; attachmentRequest?: null; attachment: cen.publications.v1.Attachment.$Shape; refusal?: null }|{ body?: "refusal"; since?: null; events?: null; attachmentRequest?: null; attachment?: null; refusal: cen.publications.v1.Refusal.$Shape })
                );
            }

            /**
             * Properties of a Since.
             * @deprecated Use cen.publications.v1.Since.$Properties instead.
             */
            interface ISince extends cen.publications.v1.Since.$Properties {
            }

            /** Represents a Since. */
            class Since {

                /**
                 * Constructs a new Since.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.publications.v1.Since.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Since cursor. */
                cursor: number;

                /** Since limit. */
                limit: number;

                /**
                 * Creates a new Since instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Since instance
                 */
                static create(properties: cen.publications.v1.Since.$Shape): cen.publications.v1.Since & cen.publications.v1.Since.$Shape;
                static create(properties?: cen.publications.v1.Since.$Properties): cen.publications.v1.Since;

                /**
                 * Encodes the specified Since message. Does not implicitly {@link cen.publications.v1.Since.verify|verify} messages.
                 * @param message Since message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.publications.v1.Since.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Since message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.publications.v1.Since & cen.publications.v1.Since.$Shape} Since
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.publications.v1.Since & cen.publications.v1.Since.$Shape;

                /**
                 * Verifies a Since message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Since message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Since
                 */
                static fromObject(object: { [k: string]: any }): cen.publications.v1.Since;

                /**
                 * Creates a plain object from a Since message. Also converts values to other types if specified.
                 * @param message Since
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.publications.v1.Since, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Since to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Since
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Since {

                /** Properties of a Since. */
                interface $Properties {

                    /** Since cursor */
                    cursor?: number;

                    /** Since limit */
                    limit?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Since. */
                type $Shape = cen.publications.v1.Since.$Properties;
            }

            /**
             * Properties of an Event.
             * @deprecated Use cen.publications.v1.Event.$Properties instead.
             */
            interface IEvent extends cen.publications.v1.Event.$Properties {
            }

            /** Represents an Event. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.publications.v1.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event seq. */
                seq: number;

                /** Event kind. */
                kind: string;

                /** Event statement. */
                statement: string;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                static create(properties: cen.publications.v1.Event.$Shape): cen.publications.v1.Event & cen.publications.v1.Event.$Shape;
                static create(properties?: cen.publications.v1.Event.$Properties): cen.publications.v1.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link cen.publications.v1.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.publications.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.publications.v1.Event & cen.publications.v1.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.publications.v1.Event & cen.publications.v1.Event.$Shape;

                /**
                 * Verifies an Event message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Event
                 */
                static fromObject(object: { [k: string]: any }): cen.publications.v1.Event;

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @param message Event
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.publications.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Event to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Event
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Event {

                /** Properties of an Event. */
                interface $Properties {

                    /** Event seq */
                    seq?: number;

                    /** Event kind */
                    kind?: string;

                    /** Event statement */
                    statement?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Event. */
                type $Shape = cen.publications.v1.Event.$Properties;
            }

            /**
             * Properties of an Events.
             * @deprecated Use cen.publications.v1.Events.$Properties instead.
             */
            interface IEvents extends cen.publications.v1.Events.$Properties {
            }

            /** Represents an Events. */
            class Events {

                /**
                 * Constructs a new Events.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.publications.v1.Events.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Events events. */
                events: cen.publications.v1.Event[];

                /** Events cursor. */
                cursor: number;

                /** Events more. */
                more: boolean;

                /**
                 * Creates a new Events instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Events instance
                 */
                static create(properties: cen.publications.v1.Events.$Shape): cen.publications.v1.Events & cen.publications.v1.Events.$Shape;
                static create(properties?: cen.publications.v1.Events.$Properties): cen.publications.v1.Events;

                /**
                 * Encodes the specified Events message. Does not implicitly {@link cen.publications.v1.Events.verify|verify} messages.
                 * @param message Events message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.publications.v1.Events.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Events message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.publications.v1.Events & cen.publications.v1.Events.$Shape} Events
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.publications.v1.Events & cen.publications.v1.Events.$Shape;

                /**
                 * Verifies an Events message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Events message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Events
                 */
                static fromObject(object: { [k: string]: any }): cen.publications.v1.Events;

                /**
                 * Creates a plain object from an Events message. Also converts values to other types if specified.
                 * @param message Events
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.publications.v1.Events, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Events to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Events
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Events {

                /** Properties of an Events. */
                interface $Properties {

                    /** Events events */
                    events?: cen.publications.v1.Event.$Properties[];

                    /** Events cursor */
                    cursor?: number;

                    /** Events more */
                    more?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Events. */
                type $Shape = cen.publications.v1.Events.$Properties;
            }

            /**
             * Properties of an AttachmentRequest.
             * @deprecated Use cen.publications.v1.AttachmentRequest.$Properties instead.
             */
            interface IAttachmentRequest extends cen.publications.v1.AttachmentRequest.$Properties {
            }

            /** Represents an AttachmentRequest. */
            class AttachmentRequest {

                /**
                 * Constructs a new AttachmentRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.publications.v1.AttachmentRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttachmentRequest publicationId. */
                publicationId: string;

                /** AttachmentRequest index. */
                index: number;

                /**
                 * Creates a new AttachmentRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttachmentRequest instance
                 */
                static create(properties: cen.publications.v1.AttachmentRequest.$Shape): cen.publications.v1.AttachmentRequest & cen.publications.v1.AttachmentRequest.$Shape;
                static create(properties?: cen.publications.v1.AttachmentRequest.$Properties): cen.publications.v1.AttachmentRequest;

                /**
                 * Encodes the specified AttachmentRequest message. Does not implicitly {@link cen.publications.v1.AttachmentRequest.verify|verify} messages.
                 * @param message AttachmentRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.publications.v1.AttachmentRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttachmentRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.publications.v1.AttachmentRequest & cen.publications.v1.AttachmentRequest.$Shape} AttachmentRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.publications.v1.AttachmentRequest & cen.publications.v1.AttachmentRequest.$Shape;

                /**
                 * Verifies an AttachmentRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AttachmentRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AttachmentRequest
                 */
                static fromObject(object: { [k: string]: any }): cen.publications.v1.AttachmentRequest;

                /**
                 * Creates a plain object from an AttachmentRequest message. Also converts values to other types if specified.
                 * @param message AttachmentRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.publications.v1.AttachmentRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AttachmentRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AttachmentRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AttachmentRequest {

                /** Properties of an AttachmentRequest. */
                interface $Properties {

                    /** AttachmentRequest publicationId */
                    publicationId?: string;

                    /** AttachmentRequest index */
                    index?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttachmentRequest. */
                type $Shape = cen.publications.v1.AttachmentRequest.$Properties;
            }

            /**
             * Properties of an Attachment.
             * @deprecated Use cen.publications.v1.Attachment.$Properties instead.
             */
            interface IAttachment extends cen.publications.v1.Attachment.$Properties {
            }

            /** Represents an Attachment. */
            class Attachment {

                /**
                 * Constructs a new Attachment.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.publications.v1.Attachment.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Attachment content. */
                content: Uint8Array;

                /**
                 * Creates a new Attachment instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Attachment instance
                 */
                static create(properties: cen.publications.v1.Attachment.$Shape): cen.publications.v1.Attachment & cen.publications.v1.Attachment.$Shape;
                static create(properties?: cen.publications.v1.Attachment.$Properties): cen.publications.v1.Attachment;

                /**
                 * Encodes the specified Attachment message. Does not implicitly {@link cen.publications.v1.Attachment.verify|verify} messages.
                 * @param message Attachment message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.publications.v1.Attachment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Attachment message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.publications.v1.Attachment & cen.publications.v1.Attachment.$Shape} Attachment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.publications.v1.Attachment & cen.publications.v1.Attachment.$Shape;

                /**
                 * Verifies an Attachment message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Attachment message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Attachment
                 */
                static fromObject(object: { [k: string]: any }): cen.publications.v1.Attachment;

                /**
                 * Creates a plain object from an Attachment message. Also converts values to other types if specified.
                 * @param message Attachment
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.publications.v1.Attachment, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Attachment to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Attachment
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Attachment {

                /** Properties of an Attachment. */
                interface $Properties {

                    /** Attachment content */
                    content?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Attachment. */
                type $Shape = cen.publications.v1.Attachment.$Properties;
            }

            /**
             * Properties of a Refusal.
             * @deprecated Use cen.publications.v1.Refusal.$Properties instead.
             */
            interface IRefusal extends cen.publications.v1.Refusal.$Properties {
            }

            /** Represents a Refusal. */
            class Refusal {

                /**
                 * Constructs a new Refusal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.publications.v1.Refusal.$Properties);

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
                static create(properties: cen.publications.v1.Refusal.$Shape): cen.publications.v1.Refusal & cen.publications.v1.Refusal.$Shape;
                static create(properties?: cen.publications.v1.Refusal.$Properties): cen.publications.v1.Refusal;

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.publications.v1.Refusal.verify|verify} messages.
                 * @param message Refusal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.publications.v1.Refusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Refusal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.publications.v1.Refusal & cen.publications.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.publications.v1.Refusal & cen.publications.v1.Refusal.$Shape;

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
                static fromObject(object: { [k: string]: any }): cen.publications.v1.Refusal;

                /**
                 * Creates a plain object from a Refusal message. Also converts values to other types if specified.
                 * @param message Refusal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.publications.v1.Refusal, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = cen.publications.v1.Refusal.$Properties;
            }
        }
    }
}
