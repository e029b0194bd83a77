import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace cen. */
export namespace cen {

    /** Namespace forum. */
    namespace forum {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ForumFrame.
             * @deprecated Use cen.forum.v1.ForumFrame.$Properties instead.
             */
            interface IForumFrame extends cen.forum.v1.ForumFrame.$Properties {
            }

            /** Represents a ForumFrame. */
            class ForumFrame {

                /**
                 * Constructs a new ForumFrame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.forum.v1.ForumFrame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ForumFrame listThreads. */
                listThreads: (cen.forum.v1.ListThreads|null);

                /** ForumFrame getThread. */
                getThread: (cen.forum.v1.GetThread|null);

                /** ForumFrame newThread. */
                newThread: (cen.forum.v1.NewThread|null);

                /** ForumFrame newPost. */
                newPost: (cen.forum.v1.NewPost|null);

                /** ForumFrame threadPage. */
                threadPage: (cen.forum.v1.ThreadPage|null);

                /** ForumFrame threadDetail. */
                threadDetail: (cen.forum.v1.ThreadDetail|null);

                /** ForumFrame thread. */
                thread: (cen.forum.v1.Thread|null);

                /** ForumFrame post. */
                post: (cen.forum.v1.Post|null);

                /** ForumFrame refusal. */
                refusal: (cen.forum.v1.Refusal|null);

                /** ForumFrame body. */
                body?: ("listThreads"|"getThread"|"newThread"|"newPost"|"threadPage"|"threadDetail"|"thread"|"post"|"refusal");

                /**
                 * Creates a new ForumFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ForumFrame instance
                 */
                static create(properties: cen.forum.v1.ForumFrame.$Shape): cen.forum.v1.ForumFrame & cen.forum.v1.ForumFrame.$Shape;
                static create(properties?: cen.forum.v1.ForumFrame.$Properties): cen.forum.v1.ForumFrame;

                /**
                 * Encodes the specified ForumFrame message. Does not implicitly {@link cen.forum.v1.ForumFrame.verify|verify} messages.
                 * @param message ForumFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.forum.v1.ForumFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ForumFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.forum.v1.ForumFrame & cen.forum.v1.ForumFrame.$Shape} ForumFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.forum.v1.ForumFrame & cen.forum.v1.ForumFrame.$Shape;

                /**
                 * Verifies a ForumFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ForumFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ForumFrame
                 */
                static fromObject(object: { [k: string]: any }): cen.forum.v1.ForumFrame;

                /**
                 * Creates a plain object from a ForumFrame message. Also converts values to other types if specified.
                 * @param message ForumFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.forum.v1.ForumFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ForumFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ForumFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ForumFrame {

                /** Properties of a ForumFrame. */
                interface $Properties {

                    /** ForumFrame listThreads */
                    listThreads?: (cen.forum.v1.ListThreads.$Properties|null);

                    /** ForumFrame getThread */
                    getThread?: (cen.forum.v1.GetThread.$Properties|null);

                    /** ForumFrame newThread */
                    newThread?: (cen.forum.v1.NewThread.$Properties|null);

                    /** ForumFrame newPost */
                    newPost?: (cen.forum.v1.NewPost.$Properties|null);

                    /** ForumFrame threadPage */
                    threadPage?: (cen.forum.v1.ThreadPage.$Properties|null);

                    /** ForumFrame threadDetail */
                    threadDetail?: (cen.forum.v1.ThreadDetail.$Properties|null);

                    /** ForumFrame thread */
                    thread?: (cen.forum.v1.Thread.$Properties|null);

                    /** ForumFrame post */
                    post?: (cen.forum.v1.Post.$Properties|null);

                    /** ForumFrame refusal */
                    refusal?: (cen.forum.v1.Refusal.$Properties|null);

                    /** ForumFrame body */
                    body?: ("listThreads"|"getThread"|"newThread"|"newPost"|"threadPage"|"threadDetail"|"thread"|"post"|"refusal");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ForumFrame. */
                type $Shape = {
                  listThreads?: cen.forum.v1.ListThreads.$Shape|null;
                  getThread?: cen.forum.v1.GetThread.$Shape|null;
                  newThread?: cen.forum.v1.NewThread.$Shape|null;
                  newPost?: cen.forum.v1.NewPost.$Shape|null;
                  threadPage?: cen.forum.v1.ThreadPage.$Shape|null;
                  threadDetail?: cen.forum.v1.ThreadDetail.$Shape|null;
                  thread?: cen.forum.v1.Thread.$Shape|null;
                  post?: cen.forum.v1.Post.$Shape|null;
                  refusal?: cen.forum.v1.Refusal.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; listThreads?: null; getThread?: null; newThread?: null; newPost?: null; threadPage?: null; threadDetail?: null; thread?: null; post?: null; refusal?: null }|{ body?: "listThreads"; listThreads: cen.forum.v1.ListThreads.$Shape; getThread?: null; newThread?: null; newPost?: null; threadPage?: null; threadDetail?: null; thread?: null; post?: null; refusal?: null }|{ body?: "getThread"; listThreads?: null; getThread: cen.forum.v1.GetThread.$Shape; newThread?: null; newPost?: null; threadPage?: null; threadDetail?: null; thread?: null; post?: null; refusal?: null }|{ body?: "newThread"; listThreads?: null; getThread?: null; newThread: cen.forum.v1.NewThread.$Shape; newPost?: null; threadPage?: null; threadDetail?: null; thread?: null; post?: null; refusal?: null }|{ body?: "newPost"; listThreads?: null; getThread?: null; newThread?: null; newPost: cen.forum.v1.NewPost.$Shape; threadPage?: null; threadDetail?: null; thread?: null; post?: null; refusal?: null }|{ body?: "threadPage"; listThreads?: null; getThread?: null; newThread?: null; newPost?: null; threadPage: cen.forum.v1.ThreadPage.$Shape; threadDetail?: null; thread?: null; post?: null; refusal?: null }|{ body?: "threadDetail"; listThreads?: null; getThread?: null; newThread?: null; newPost?: null; threadPage?: null; threadDetail: cen.forum.v1.ThreadDetail.$Shape; thread?: null; post?: null; refusal?: null }|{ body?: "thread"; listThreads?: null; getThread?: null; newThread?: null; newPost?: null; threadPage?: null; threadDetail?: null; thread: cen.forum.v1.Thread.$Shape; post?: null; refusal?: null }|{ body?: "post"; listThreads?: null; getThread?: null; newThread?: null; newPost?: null; threadPage?: null; threadDetail?: null; thread?: null; post: cen.forum.v1.Post.$Shape; refusal?: null }|{ body?: "refusal"; listThreads?: null; getThread?: null; newThread?: null; newPost?: null; threadPage?: null; threadDetail?: null; thread?: null; post?: null; refusal: cen.forum.v1.Refusal.$Shape })
                );
            }

            /**
             * Properties of a ListThreads.
             * @deprecated Use cen.forum.v1.ListThreads.$Properties instead.
             */
            interface IListThreads extends cen.forum.v1.ListThreads.$Properties {
            }

            /** Represents a ListThreads. */
            class ListThreads {

                /**
                 * Constructs a new ListThreads.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.forum.v1.ListThreads.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListThreads cursor. */
                cursor: string;

                /** ListThreads limit. */
                limit: number;

                /**
                 * Creates a new ListThreads instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListThreads instance
                 */
                static create(properties: cen.forum.v1.ListThreads.$Shape): cen.forum.v1.ListThreads & cen.forum.v1.ListThreads.$Shape;
                static create(properties?: cen.forum.v1.ListThreads.$Properties): cen.forum.v1.ListThreads;

                /**
                 * Encodes the specified ListThreads message. Does not implicitly {@link cen.forum.v1.ListThreads.verify|verify} messages.
                 * @param message ListThreads message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.forum.v1.ListThreads.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListThreads message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.forum.v1.ListThreads & cen.forum.v1.ListThreads.$Shape} ListThreads
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.forum.v1.ListThreads & cen.forum.v1.ListThreads.$Shape;

                /**
                 * Verifies a ListThreads message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListThreads message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListThreads
                 */
                static fromObject(object: { [k: string]: any }): cen.forum.v1.ListThreads;

                /**
                 * Creates a plain object from a ListThreads message. Also converts values to other types if specified.
                 * @param message ListThreads
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.forum.v1.ListThreads, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListThreads to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListThreads
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListThreads {

                /** Properties of a ListThreads. */
                interface $Properties {

                    /** ListThreads cursor */
                    cursor?: string;

                    /** ListThreads limit */
                    limit?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListThreads. */
                type $Shape = cen.forum.v1.ListThreads.$Properties;
            }

            /**
             * Properties of a GetThread.
             * @deprecated Use cen.forum.v1.GetThread.$Properties instead.
             */
            interface IGetThread extends cen.forum.v1.GetThread.$Properties {
            }

            /** Represents a GetThread. */
            class GetThread {

                /**
                 * Constructs a new GetThread.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.forum.v1.GetThread.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetThread threadId. */
                threadId: string;

                /** GetThread cursor. */
                cursor: string;

                /** GetThread limit. */
                limit: number;

                /**
                 * Creates a new GetThread instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetThread instance
                 */
                static create(properties: cen.forum.v1.GetThread.$Shape): cen.forum.v1.GetThread & cen.forum.v1.GetThread.$Shape;
                static create(properties?: cen.forum.v1.GetThread.$Properties): cen.forum.v1.GetThread;

                /**
                 * Encodes the specified GetThread message. Does not implicitly {@link cen.forum.v1.GetThread.verify|verify} messages.
                 * @param message GetThread message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.forum.v1.GetThread.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetThread message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.forum.v1.GetThread & cen.forum.v1.GetThread.$Shape} GetThread
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.forum.v1.GetThread & cen.forum.v1.GetThread.$Shape;

                /**
                 * Verifies a GetThread message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetThread message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetThread
                 */
                static fromObject(object: { [k: string]: any }): cen.forum.v1.GetThread;

                /**
                 * Creates a plain object from a GetThread message. Also converts values to other types if specified.
                 * @param message GetThread
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.forum.v1.GetThread, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetThread to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetThread
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetThread {

                /** Properties of a GetThread. */
                interface $Properties {

                    /** GetThread threadId */
                    threadId?: string;

                    /** GetThread cursor */
                    cursor?: string;

                    /** GetThread limit */
                    limit?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetThread. */
                type $Shape = cen.forum.v1.GetThread.$Properties;
            }

            /**
             * Properties of a NewThread.
             * @deprecated Use cen.forum.v1.NewThread.$Properties instead.
             */
            interface INewThread extends cen.forum.v1.NewThread.$Properties {
            }

            /** Represents a NewThread. */
            class NewThread {

                /**
                 * Constructs a new NewThread.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.forum.v1.NewThread.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NewThread title. */
                title: string;

                /** NewThread body. */
                body: string;

                /** NewThread authorName. */
                authorName: string;

                /**
                 * Creates a new NewThread instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NewThread instance
                 */
                static create(properties: cen.forum.v1.NewThread.$Shape): cen.forum.v1.NewThread & cen.forum.v1.NewThread.$Shape;
                static create(properties?: cen.forum.v1.NewThread.$Properties): cen.forum.v1.NewThread;

                /**
                 * Encodes the specified NewThread message. Does not implicitly {@link cen.forum.v1.NewThread.verify|verify} messages.
                 * @param message NewThread message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.forum.v1.NewThread.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NewThread message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.forum.v1.NewThread & cen.forum.v1.NewThread.$Shape} NewThread
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.forum.v1.NewThread & cen.forum.v1.NewThread.$Shape;

                /**
                 * Verifies a NewThread message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a NewThread message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NewThread
                 */
                static fromObject(object: { [k: string]: any }): cen.forum.v1.NewThread;

                /**
                 * Creates a plain object from a NewThread message. Also converts values to other types if specified.
                 * @param message NewThread
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.forum.v1.NewThread, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NewThread to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for NewThread
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace NewThread {

                /** Properties of a NewThread. */
                interface $Properties {

                    /** NewThread title */
                    title?: string;

                    /** NewThread body */
                    body?: string;

                    /** NewThread authorName */
                    authorName?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NewThread. */
                type $Shape = cen.forum.v1.NewThread.$Properties;
            }

            /**
             * Properties of a NewPost.
             * @deprecated Use cen.forum.v1.NewPost.$Properties instead.
             */
            interface INewPost extends cen.forum.v1.NewPost.$Properties {
            }

            /** Represents a NewPost. */
            class NewPost {

                /**
                 * Constructs a new NewPost.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.forum.v1.NewPost.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NewPost threadId. */
                threadId: string;

                /** NewPost body. */
                body: string;

                /** NewPost authorName. */
                authorName: string;

                /**
                 * Creates a new NewPost instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NewPost instance
                 */
                static create(properties: cen.forum.v1.NewPost.$Shape): cen.forum.v1.NewPost & cen.forum.v1.NewPost.$Shape;
                static create(properties?: cen.forum.v1.NewPost.$Properties): cen.forum.v1.NewPost;

                /**
                 * Encodes the specified NewPost message. Does not implicitly {@link cen.forum.v1.NewPost.verify|verify} messages.
                 * @param message NewPost message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.forum.v1.NewPost.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NewPost message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.forum.v1.NewPost & cen.forum.v1.NewPost.$Shape} NewPost
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.forum.v1.NewPost & cen.forum.v1.NewPost.$Shape;

                /**
                 * Verifies a NewPost message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a NewPost message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NewPost
                 */
                static fromObject(object: { [k: string]: any }): cen.forum.v1.NewPost;

                /**
                 * Creates a plain object from a NewPost message. Also converts values to other types if specified.
                 * @param message NewPost
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.forum.v1.NewPost, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NewPost to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for NewPost
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace NewPost {

                /** Properties of a NewPost. */
                interface $Properties {

                    /** NewPost threadId */
                    threadId?: string;

                    /** NewPost body */
                    body?: string;

                    /** NewPost authorName */
                    authorName?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NewPost. */
                type $Shape = cen.forum.v1.NewPost.$Properties;
            }

            /**
             * Properties of an Author.
             * @deprecated Use cen.forum.v1.Author.$Properties instead.
             */
            interface IAuthor extends cen.forum.v1.Author.$Properties {
            }

            /** Represents an Author. */
            class Author {

                /**
                 * Constructs a new Author.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.forum.v1.Author.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Author kind. */
                kind: string;

                /** Author nodeId. */
                nodeId: string;

                /** Author nodeName. */
                nodeName: string;

                /** Author country. */
                country: string;

                /** Author name. */
                name: string;

                /**
                 * Creates a new Author instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Author instance
                 */
                static create(properties: cen.forum.v1.Author.$Shape): cen.forum.v1.Author & cen.forum.v1.Author.$Shape;
                static create(properties?: cen.forum.v1.Author.$Properties): cen.forum.v1.Author;

                /**
                 * Encodes the specified Author message. Does not implicitly {@link cen.forum.v1.Author.verify|verify} messages.
                 * @param message Author message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.forum.v1.Author.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Author message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.forum.v1.Author & cen.forum.v1.Author.$Shape} Author
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.forum.v1.Author & cen.forum.v1.Author.$Shape;

                /**
                 * Verifies an Author message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Author message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Author
                 */
                static fromObject(object: { [k: string]: any }): cen.forum.v1.Author;

                /**
                 * Creates a plain object from an Author message. Also converts values to other types if specified.
                 * @param message Author
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.forum.v1.Author, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Author to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Author
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Author {

                /** Properties of an Author. */
                interface $Properties {

                    /** Author kind */
                    kind?: string;

                    /** Author nodeId */
                    nodeId?: string;

                    /** Author nodeName */
                    nodeName?: string;

                    /** Author country */
                    country?: string;

                    /** Author name */
                    name?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Author. */
                type $Shape = cen.forum.v1.Author.$Properties;
            }

            /**
             * Properties of a Thread.
             * @deprecated Use cen.forum.v1.Thread.$Properties instead.
             */
            interface IThread extends cen.forum.v1.Thread.$Properties {
            }

            /** Represents a Thread. */
            class Thread {

                /**
                 * Constructs a new Thread.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.forum.v1.Thread.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Thread id. */
                id: string;

                /** Thread title. */
                title: string;

                /** Thread author. */
                author: cen.forum.v1.Author;

                /** Thread createdAt. */
                createdAt: string;

                /** Thread lastPostAt. */
                lastPostAt: string;

                /** Thread posts. */
                posts: number;

                /**
                 * Creates a new Thread instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Thread instance
                 */
                static create(properties: cen.forum.v1.Thread.$Shape): cen.forum.v1.Thread & cen.forum.v1.Thread.$Shape;
                static create(properties?: cen.forum.v1.Thread.$Properties): cen.forum.v1.Thread;

                /**
                 * Encodes the specified Thread message. Does not implicitly {@link cen.forum.v1.Thread.verify|verify} messages.
                 * @param message Thread message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.forum.v1.Thread.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Thread message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.forum.v1.Thread & cen.forum.v1.Thread.$Shape} Thread
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.forum.v1.Thread & cen.forum.v1.Thread.$Shape;

                /**
                 * Verifies a Thread message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Thread message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Thread
                 */
                static fromObject(object: { [k: string]: any }): cen.forum.v1.Thread;

                /**
                 * Creates a plain object from a Thread message. Also converts values to other types if specified.
                 * @param message Thread
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.forum.v1.Thread, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Thread to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Thread
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Thread {

                /** Properties of a Thread. */
                interface $Properties {

                    /** Thread id */
                    id?: string;

                    /** Thread title */
                    title?: string;

                    /** Thread author */
                    author?: cen.forum.v1.Author.$Properties;

                    /** Thread createdAt */
                    createdAt?: string;

                    /** Thread lastPostAt */
                    lastPostAt?: string;

                    /** Thread posts */
                    posts?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Thread. */
                type $Shape = cen.forum.v1.Thread.$Properties;
            }

            /**
             * Properties of a Post.
             * @deprecated Use cen.forum.v1.Post.$Properties instead.
             */
            interface IPost extends cen.forum.v1.Post.$Properties {
            }

            /** Represents a Post. */
            class Post {

                /**
                 * Constructs a new Post.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.forum.v1.Post.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Post id. */
                id: string;

                /** Post threadId. */
                threadId: string;

                /** Post author. */
                author: cen.forum.v1.Author;

                /** Post body. */
                body: string;

                /** Post createdAt. */
                createdAt: string;

                /**
                 * Creates a new Post instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Post instance
                 */
                static create(properties: cen.forum.v1.Post.$Shape): cen.forum.v1.Post & cen.forum.v1.Post.$Shape;
                static create(properties?: cen.forum.v1.Post.$Properties): cen.forum.v1.Post;

                /**
                 * Encodes the specified Post message. Does not implicitly {@link cen.forum.v1.Post.verify|verify} messages.
                 * @param message Post message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.forum.v1.Post.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Post message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.forum.v1.Post & cen.forum.v1.Post.$Shape} Post
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.forum.v1.Post & cen.forum.v1.Post.$Shape;

                /**
                 * Verifies a Post message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Post message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Post
                 */
                static fromObject(object: { [k: string]: any }): cen.forum.v1.Post;

                /**
                 * Creates a plain object from a Post message. Also converts values to other types if specified.
                 * @param message Post
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.forum.v1.Post, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Post to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Post
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Post {

                /** Properties of a Post. */
                interface $Properties {

                    /** Post id */
                    id?: string;

                    /** Post threadId */
                    threadId?: string;

                    /** Post author */
                    author?: cen.forum.v1.Author.$Properties;

                    /** Post body */
                    body?: string;

                    /** Post createdAt */
                    createdAt?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Post. */
                type $Shape = cen.forum.v1.Post.$Properties;
            }

            /**
             * Properties of a ThreadPage.
             * @deprecated Use cen.forum.v1.ThreadPage.$Properties instead.
             */
            interface IThreadPage extends cen.forum.v1.ThreadPage.$Properties {
            }

            /** Represents a ThreadPage. */
            class ThreadPage {

                /**
                 * Constructs a new ThreadPage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.forum.v1.ThreadPage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ThreadPage threads. */
                threads: cen.forum.v1.Thread[];

                /** ThreadPage nextCursor. */
                nextCursor: string;

                /**
                 * Creates a new ThreadPage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ThreadPage instance
                 */
                static create(properties: cen.forum.v1.ThreadPage.$Shape): cen.forum.v1.ThreadPage & cen.forum.v1.ThreadPage.$Shape;
                static create(properties?: cen.forum.v1.ThreadPage.$Properties): cen.forum.v1.ThreadPage;

                /**
                 * Encodes the specified ThreadPage message. Does not implicitly {@link cen.forum.v1.ThreadPage.verify|verify} messages.
                 * @param message ThreadPage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.forum.v1.ThreadPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ThreadPage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.forum.v1.ThreadPage & cen.forum.v1.ThreadPage.$Shape} ThreadPage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.forum.v1.ThreadPage & cen.forum.v1.ThreadPage.$Shape;

                /**
                 * Verifies a ThreadPage message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ThreadPage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ThreadPage
                 */
                static fromObject(object: { [k: string]: any }): cen.forum.v1.ThreadPage;

                /**
                 * Creates a plain object from a ThreadPage message. Also converts values to other types if specified.
                 * @param message ThreadPage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.forum.v1.ThreadPage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ThreadPage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ThreadPage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ThreadPage {

                /** Properties of a ThreadPage. */
                interface $Properties {

                    /** ThreadPage threads */
                    threads?: cen.forum.v1.Thread.$Properties[];

                    /** ThreadPage nextCursor */
                    nextCursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ThreadPage. */
                type $Shape = cen.forum.v1.ThreadPage.$Properties;
            }

            /**
             * Properties of a ThreadDetail.
             * @deprecated Use cen.forum.v1.ThreadDetail.$Properties instead.
             */
            interface IThreadDetail extends cen.forum.v1.ThreadDetail.$Properties {
            }

            /** Represents a ThreadDetail. */
            class ThreadDetail {

                /**
                 * Constructs a new ThreadDetail.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.forum.v1.ThreadDetail.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ThreadDetail thread. */
                thread: cen.forum.v1.Thread;

                /** ThreadDetail posts. */
                posts: cen.forum.v1.Post[];

                /** ThreadDetail nextCursor. */
                nextCursor: string;

                /**
                 * Creates a new ThreadDetail instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ThreadDetail instance
                 */
                static create(properties: cen.forum.v1.ThreadDetail.$Shape): cen.forum.v1.ThreadDetail & cen.forum.v1.ThreadDetail.$Shape;
                static create(properties?: cen.forum.v1.ThreadDetail.$Properties): cen.forum.v1.ThreadDetail;

                /**
                 * Encodes the specified ThreadDetail message. Does not implicitly {@link cen.forum.v1.ThreadDetail.verify|verify} messages.
                 * @param message ThreadDetail message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.forum.v1.ThreadDetail.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ThreadDetail message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.forum.v1.ThreadDetail & cen.forum.v1.ThreadDetail.$Shape} ThreadDetail
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.forum.v1.ThreadDetail & cen.forum.v1.ThreadDetail.$Shape;

                /**
                 * Verifies a ThreadDetail message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ThreadDetail message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ThreadDetail
                 */
                static fromObject(object: { [k: string]: any }): cen.forum.v1.ThreadDetail;

                /**
                 * Creates a plain object from a ThreadDetail message. Also converts values to other types if specified.
                 * @param message ThreadDetail
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.forum.v1.ThreadDetail, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ThreadDetail to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ThreadDetail
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ThreadDetail {

                /** Properties of a ThreadDetail. */
                interface $Properties {

                    /** ThreadDetail thread */
                    thread?: cen.forum.v1.Thread.$Properties;

                    /** ThreadDetail posts */
                    posts?: cen.forum.v1.Post.$Properties[];

                    /** ThreadDetail nextCursor */
                    nextCursor?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ThreadDetail. */
                type $Shape = cen.forum.v1.ThreadDetail.$Properties;
            }

            /**
             * Properties of a Refusal.
             * @deprecated Use cen.forum.v1.Refusal.$Properties instead.
             */
            interface IRefusal extends cen.forum.v1.Refusal.$Properties {
            }

            /** Represents a Refusal. */
            class Refusal {

                /**
                 * Constructs a new Refusal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cen.forum.v1.Refusal.$Properties);

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
                static create(properties: cen.forum.v1.Refusal.$Shape): cen.forum.v1.Refusal & cen.forum.v1.Refusal.$Shape;
                static create(properties?: cen.forum.v1.Refusal.$Properties): cen.forum.v1.Refusal;

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.forum.v1.Refusal.verify|verify} messages.
                 * @param message Refusal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cen.forum.v1.Refusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Refusal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cen.forum.v1.Refusal & cen.forum.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cen.forum.v1.Refusal & cen.forum.v1.Refusal.$Shape;

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
                static fromObject(object: { [k: string]: any }): cen.forum.v1.Refusal;

                /**
                 * Creates a plain object from a Refusal message. Also converts values to other types if specified.
                 * @param message Refusal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cen.forum.v1.Refusal, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = cen.forum.v1.Refusal.$Properties;
            }
        }
    }
}
