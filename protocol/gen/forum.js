/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["forum"] || ($protobuf.roots["forum"] = {});

export const cen = $root.cen = (() => {

    /**
     * Namespace cen.
     * @exports cen
     * @namespace
     */
    const cen = {};

    cen.forum = (function() {

        /**
         * Namespace forum.
         * @memberof cen
         * @namespace
         */
        const forum = {};

        forum.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cen.forum
             * @namespace
             */
            const v1 = {};

            v1.ForumFrame = (function() {

                /**
                 * Properties of a ForumFrame.
                 * @typedef {Object} cen.forum.v1.ForumFrame.$Properties
                 * @property {cen.forum.v1.ListThreads.$Properties|null} [listThreads] ForumFrame listThreads
                 * @property {cen.forum.v1.GetThread.$Properties|null} [getThread] ForumFrame getThread
                 * @property {cen.forum.v1.NewThread.$Properties|null} [newThread] ForumFrame newThread
                 * @property {cen.forum.v1.NewPost.$Properties|null} [newPost] ForumFrame newPost
                 * @property {cen.forum.v1.ThreadPage.$Properties|null} [threadPage] ForumFrame threadPage
                 * @property {cen.forum.v1.ThreadDetail.$Properties|null} [threadDetail] ForumFrame threadDetail
                 * @property {cen.forum.v1.Thread.$Properties|null} [thread] ForumFrame thread
                 * @property {cen.forum.v1.Post.$Properties|null} [post] ForumFrame post
                 * @property {cen.forum.v1.Refusal.$Properties|null} [refusal] ForumFrame refusal
                 * @property {"listThreads"|"getThread"|"newThread"|"newPost"|"threadPage"|"threadDetail"|"thread"|"post"|"refusal"} [body] ForumFrame body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ForumFrame.
                 * @memberof cen.forum.v1
                 * @interface IForumFrame
                 * @augments cen.forum.v1.ForumFrame.$Properties
                 * @deprecated Use cen.forum.v1.ForumFrame.$Properties instead.
                 */

                /**
                 * Narrowed shape of a ForumFrame.
                 * @typedef {{
                 *   listThreads?: cen.forum.v1.ListThreads.$Shape|null;
                 *   getThread?: cen.forum.v1.GetThread.$Shape|null;
                 *   newThread?: cen.forum.v1.NewThread.$Shape|null;
                 *   newPost?: cen.forum.v1.NewPost.$Shape|null;
                 *   threadPage?: cen.forum.v1.ThreadPage.$Shape|null;
                 *   threadDetail?: cen.forum.v1.ThreadDetail.$Shape|null;
                 *   thread?: cen.forum.v1.Thread.$Shape|null;
                 *   post?: cen.forum.v1.Post.$Shape|null;
                 *   refusal?: cen.forum.v1.Refusal.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; listThreads?: null; getThread?: null; newThread?: null; newPost?: null; threadPage?: null; threadDetail?: null; thread?: null; post?: null; refusal?: null }|{ body?: "listThreads"; listThreads: cen.forum.v1.ListThreads.$Shape; getThread?: null; newThread?: null; newPost?: null; threadPage?: null; threadDetail?: null; thread?: null; post?: null; refusal?: null }|{ body?: "getThread"; listThreads?: null; getThread: cen.forum.v1.GetThread.$Shape; newThread?: null; newPost?: null; threadPage?: null; threadDetail?: null; thread?: null; post?: null; refusal?: null }|{ body?: "newThread"; listThreads?: null; getThread?: null; newThread: cen.forum.v1.NewThread.$Shape; newPost?: null; threadPage?: null; threadDetail?: null; thread?: null; post?: null; refusal?: null }|{ body?: "newPost"; listThreads?: null; getThread?: null; newThread?: null; newPost: cen.forum.v1.NewPost.$Shape; threadPage?: null; threadDetail?: null; thread?: null; post?: null; refusal?: null }|{ body?: "threadPage"; listThreads?: null; getThread?: null; newThread?: null; newPost?: null; threadPage: cen.forum.v1.ThreadPage.$Shape; threadDetail?: null; thread?: null; post?: null; refusal?: null }|{ body?: "threadDetail"; listThreads?: null; getThread?: null; newThread?: null; newPost?: null; threadPage?: null; threadDetail: cen.forum.v1.ThreadDetail.$Shape; thread?: null; post?: null; refusal?: null }|{ body?: "thread"; listThreads?: null; getThread?: null; newThread?: null; newPost?: null; threadPage?: null; threadDetail?: null; thread: cen.forum.v1.Thread.$Shape; post?: null; refusal?: null }|{ body?: "post"; listThreads?: null; getThread?: null; newThread?: null; newPost?: null; threadPage?: null; threadDetail?: null; thread?: null; post: cen.forum.v1.Post.$Shape; refusal?: null }|{ body?: "refusal"; listThreads?: null; getThread?: null; newThread?: null; newPost?: null; threadPage?: null; threadDetail?: null; thread?: null; post?: null; refusal: cen.forum.v1.Refusal.$Shape })
                 * )} cen.forum.v1.ForumFrame.$Shape
                 */

                /**
                 * Constructs a new ForumFrame.
                 * @memberof cen.forum.v1
                 * @classdesc Represents a ForumFrame.
                 * @constructor
                 * @param {cen.forum.v1.ForumFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ForumFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ForumFrame listThreads.
                 * @member {cen.forum.v1.ListThreads|null} listThreads
                 * @memberof cen.forum.v1.ForumFrame
                 * @instance
                 */
                ForumFrame.prototype.listThreads = null;

                /**
                 * ForumFrame getThread.
                 * @member {cen.forum.v1.GetThread|null} getThread
                 * @memberof cen.forum.v1.ForumFrame
                 * @instance
                 */
                ForumFrame.prototype.getThread = null;

                /**
                 * ForumFrame newThread.
                 * @member {cen.forum.v1.NewThread|null} newThread
                 * @memberof cen.forum.v1.ForumFrame
                 * @instance
                 */
                ForumFrame.prototype.newThread = null;

                /**
                 * ForumFrame newPost.
                 * @member {cen.forum.v1.NewPost|null} newPost
                 * @memberof cen.forum.v1.ForumFrame
                 * @instance
                 */
                ForumFrame.prototype.newPost = null;

                /**
                 * ForumFrame threadPage.
                 * @member {cen.forum.v1.ThreadPage|null} threadPage
                 * @memberof cen.forum.v1.ForumFrame
                 * @instance
                 */
                ForumFrame.prototype.threadPage = null;

                /**
                 * ForumFrame threadDetail.
                 * @member {cen.forum.v1.ThreadDetail|null} threadDetail
                 * @memberof cen.forum.v1.ForumFrame
                 * @instance
                 */
                ForumFrame.prototype.threadDetail = null;

                /**
                 * ForumFrame thread.
                 * @member {cen.forum.v1.Thread|null} thread
                 * @memberof cen.forum.v1.ForumFrame
                 * @instance
                 */
                ForumFrame.prototype.thread = null;

                /**
                 * ForumFrame post.
                 * @member {cen.forum.v1.Post|null} post
                 * @memberof cen.forum.v1.ForumFrame
                 * @instance
                 */
                ForumFrame.prototype.post = null;

                /**
                 * ForumFrame refusal.
                 * @member {cen.forum.v1.Refusal|null} refusal
                 * @memberof cen.forum.v1.ForumFrame
                 * @instance
                 */
                ForumFrame.prototype.refusal = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * ForumFrame body.
                 * @member {"listThreads"|"getThread"|"newThread"|"newPost"|"threadPage"|"threadDetail"|"thread"|"post"|"refusal"|undefined} body
                 * @memberof cen.forum.v1.ForumFrame
                 * @instance
                 */
                $Object.defineProperty(ForumFrame.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["listThreads", "getThread", "newThread", "newPost", "threadPage", "threadDetail", "thread", "post", "refusal"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ForumFrame instance using the specified properties.
                 * @function create
                 * @memberof cen.forum.v1.ForumFrame
                 * @static
                 * @param {cen.forum.v1.ForumFrame.$Properties=} [properties] Properties to set
                 * @returns {cen.forum.v1.ForumFrame} ForumFrame instance
                 * @type {{
                 *   (properties: cen.forum.v1.ForumFrame.$Shape): cen.forum.v1.ForumFrame & cen.forum.v1.ForumFrame.$Shape;
                 *   (properties?: cen.forum.v1.ForumFrame.$Properties): cen.forum.v1.ForumFrame;
                 * }}
                 */
                ForumFrame.create = function(properties) {
                    return new ForumFrame(properties);
                };

                /**
                 * Encodes the specified ForumFrame message. Does not implicitly {@link cen.forum.v1.ForumFrame.verify|verify} messages.
                 * @function encode
                 * @memberof cen.forum.v1.ForumFrame
                 * @static
                 * @param {cen.forum.v1.ForumFrame.$Properties} message ForumFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ForumFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.listThreads != null && $Object.hasOwnProperty.call(message, "listThreads"))
                        $root.cen.forum.v1.ListThreads.encode(message.listThreads, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.getThread != null && $Object.hasOwnProperty.call(message, "getThread"))
                        $root.cen.forum.v1.GetThread.encode(message.getThread, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.newThread != null && $Object.hasOwnProperty.call(message, "newThread"))
                        $root.cen.forum.v1.NewThread.encode(message.newThread, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.newPost != null && $Object.hasOwnProperty.call(message, "newPost"))
                        $root.cen.forum.v1.NewPost.encode(message.newPost, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.threadPage != null && $Object.hasOwnProperty.call(message, "threadPage"))
                        $root.cen.forum.v1.ThreadPage.encode(message.threadPage, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.threadDetail != null && $Object.hasOwnProperty.call(message, "threadDetail"))
                        $root.cen.forum.v1.ThreadDetail.encode(message.threadDetail, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.thread != null && $Object.hasOwnProperty.call(message, "thread"))
                        $root.cen.forum.v1.Thread.encode(message.thread, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.post != null && $Object.hasOwnProperty.call(message, "post"))
                        $root.cen.forum.v1.Post.encode(message.post, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal"))
                        $root.cen.forum.v1.Refusal.encode(message.refusal, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ForumFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.forum.v1.ForumFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.forum.v1.ForumFrame & cen.forum.v1.ForumFrame.$Shape} ForumFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ForumFrame.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cen.forum.v1.ForumFrame();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.listThreads = $root.cen.forum.v1.ListThreads.decode(reader, reader.size(), $undefined, _depth + 1, message.listThreads);
                                message.body = "listThreads";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.getThread = $root.cen.forum.v1.GetThread.decode(reader, reader.size(), $undefined, _depth + 1, message.getThread);
                                message.body = "getThread";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.newThread = $root.cen.forum.v1.NewThread.decode(reader, reader.size(), $undefined, _depth + 1, message.newThread);
                                message.body = "newThread";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.newPost = $root.cen.forum.v1.NewPost.decode(reader, reader.size(), $undefined, _depth + 1, message.newPost);
                                message.body = "newPost";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.threadPage = $root.cen.forum.v1.ThreadPage.decode(reader, reader.size(), $undefined, _depth + 1, message.threadPage);
                                message.body = "threadPage";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.threadDetail = $root.cen.forum.v1.ThreadDetail.decode(reader, reader.size(), $undefined, _depth + 1, message.threadDetail);
                                message.body = "threadDetail";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.thread = $root.cen.forum.v1.Thread.decode(reader, reader.size(), $undefined, _depth + 1, message.thread);
                                message.body = "thread";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.post = $root.cen.forum.v1.Post.decode(reader, reader.size(), $undefined, _depth + 1, message.post);
                                message.body = "post";
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.refusal = $root.cen.forum.v1.Refusal.decode(reader, reader.size(), $undefined, _depth + 1, message.refusal);
                                message.body = "refusal";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ForumFrame message.
                 * @function verify
                 * @memberof cen.forum.v1.ForumFrame
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ForumFrame.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.listThreads != null && $Object.hasOwnProperty.call(message, "listThreads")) {
                        properties.body = 1;
                        {
                            let error = $root.cen.forum.v1.ListThreads.verify(message.listThreads, _depth + 1);
                            if (error)
                                return "listThreads." + error;
                        }
                    }
                    if (message.getThread != null && $Object.hasOwnProperty.call(message, "getThread")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.forum.v1.GetThread.verify(message.getThread, _depth + 1);
                            if (error)
                                return "getThread." + error;
                        }
                    }
                    if (message.newThread != null && $Object.hasOwnProperty.call(message, "newThread")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.forum.v1.NewThread.verify(message.newThread, _depth + 1);
                            if (error)
                                return "newThread." + error;
                        }
                    }
                    if (message.newPost != null && $Object.hasOwnProperty.call(message, "newPost")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.forum.v1.NewPost.verify(message.newPost, _depth + 1);
                            if (error)
                                return "newPost." + error;
                        }
                    }
                    if (message.threadPage != null && $Object.hasOwnProperty.call(message, "threadPage")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.forum.v1.ThreadPage.verify(message.threadPage, _depth + 1);
                            if (error)
                                return "threadPage." + error;
                        }
                    }
                    if (message.threadDetail != null && $Object.hasOwnProperty.call(message, "threadDetail")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.forum.v1.ThreadDetail.verify(message.threadDetail, _depth + 1);
                            if (error)
                                return "threadDetail." + error;
                        }
                    }
                    if (message.thread != null && $Object.hasOwnProperty.call(message, "thread")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.forum.v1.Thread.verify(message.thread, _depth + 1);
                            if (error)
                                return "thread." + error;
                        }
                    }
                    if (message.post != null && $Object.hasOwnProperty.call(message, "post")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.forum.v1.Post.verify(message.post, _depth + 1);
                            if (error)
                                return "post." + error;
                        }
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.forum.v1.Refusal.verify(message.refusal, _depth + 1);
                            if (error)
                                return "refusal." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ForumFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.forum.v1.ForumFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.forum.v1.ForumFrame} ForumFrame
                 */
                ForumFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.forum.v1.ForumFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.forum.v1.ForumFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.forum.v1.ForumFrame();
                    if (object.listThreads != null) {
                        if (!$util.isObject(object.listThreads))
                            throw $TypeError(".cen.forum.v1.ForumFrame.listThreads: object expected");
                        message.listThreads = $root.cen.forum.v1.ListThreads.fromObject(object.listThreads, _depth + 1);
                    }
                    if (object.getThread != null) {
                        if (!$util.isObject(object.getThread))
                            throw $TypeError(".cen.forum.v1.ForumFrame.getThread: object expected");
                        message.getThread = $root.cen.forum.v1.GetThread.fromObject(object.getThread, _depth + 1);
                    }
                    if (object.newThread != null) {
                        if (!$util.isObject(object.newThread))
                            throw $TypeError(".cen.forum.v1.ForumFrame.newThread: object expected");
                        message.newThread = $root.cen.forum.v1.NewThread.fromObject(object.newThread, _depth + 1);
                    }
                    if (object.newPost != null) {
                        if (!$util.isObject(object.newPost))
                            throw $TypeError(".cen.forum.v1.ForumFrame.newPost: object expected");
                        message.newPost = $root.cen.forum.v1.NewPost.fromObject(object.newPost, _depth + 1);
                    }
                    if (object.threadPage != null) {
                        if (!$util.isObject(object.threadPage))
                            throw $TypeError(".cen.forum.v1.ForumFrame.threadPage: object expected");
                        message.threadPage = $root.cen.forum.v1.ThreadPage.fromObject(object.threadPage, _depth + 1);
                    }
                    if (object.threadDetail != null) {
                        if (!$util.isObject(object.threadDetail))
                            throw $TypeError(".cen.forum.v1.ForumFrame.threadDetail: object expected");
                        message.threadDetail = $root.cen.forum.v1.ThreadDetail.fromObject(object.threadDetail, _depth + 1);
                    }
                    if (object.thread != null) {
                        if (!$util.isObject(object.thread))
                            throw $TypeError(".cen.forum.v1.ForumFrame.thread: object expected");
                        message.thread = $root.cen.forum.v1.Thread.fromObject(object.thread, _depth + 1);
                    }
                    if (object.post != null) {
                        if (!$util.isObject(object.post))
                            throw $TypeError(".cen.forum.v1.ForumFrame.post: object expected");
                        message.post = $root.cen.forum.v1.Post.fromObject(object.post, _depth + 1);
                    }
                    if (object.refusal != null) {
                        if (!$util.isObject(object.refusal))
                            throw $TypeError(".cen.forum.v1.ForumFrame.refusal: object expected");
                        message.refusal = $root.cen.forum.v1.Refusal.fromObject(object.refusal, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ForumFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.forum.v1.ForumFrame
                 * @static
                 * @param {cen.forum.v1.ForumFrame} message ForumFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ForumFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.listThreads != null && $Object.hasOwnProperty.call(message, "listThreads")) {
                        object.listThreads = $root.cen.forum.v1.ListThreads.toObject(message.listThreads, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "listThreads";
                    }
                    if (message.getThread != null && $Object.hasOwnProperty.call(message, "getThread")) {
                        object.getThread = $root.cen.forum.v1.GetThread.toObject(message.getThread, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "getThread";
                    }
                    if (message.newThread != null && $Object.hasOwnProperty.call(message, "newThread")) {
                        object.newThread = $root.cen.forum.v1.NewThread.toObject(message.newThread, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "newThread";
                    }
                    if (message.newPost != null && $Object.hasOwnProperty.call(message, "newPost")) {
                        object.newPost = $root.cen.forum.v1.NewPost.toObject(message.newPost, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "newPost";
                    }
                    if (message.threadPage != null && $Object.hasOwnProperty.call(message, "threadPage")) {
                        object.threadPage = $root.cen.forum.v1.ThreadPage.toObject(message.threadPage, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "threadPage";
                    }
                    if (message.threadDetail != null && $Object.hasOwnProperty.call(message, "threadDetail")) {
                        object.threadDetail = $root.cen.forum.v1.ThreadDetail.toObject(message.threadDetail, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "threadDetail";
                    }
                    if (message.thread != null && $Object.hasOwnProperty.call(message, "thread")) {
                        object.thread = $root.cen.forum.v1.Thread.toObject(message.thread, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "thread";
                    }
                    if (message.post != null && $Object.hasOwnProperty.call(message, "post")) {
                        object.post = $root.cen.forum.v1.Post.toObject(message.post, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "post";
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        object.refusal = $root.cen.forum.v1.Refusal.toObject(message.refusal, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "refusal";
                    }
                    return object;
                };

                /**
                 * Converts this ForumFrame to JSON.
                 * @function toJSON
                 * @memberof cen.forum.v1.ForumFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ForumFrame.prototype.toJSON = function() {
                    return ForumFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ForumFrame
                 * @function getTypeUrl
                 * @memberof cen.forum.v1.ForumFrame
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ForumFrame.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.forum.v1.ForumFrame";
                };

                return ForumFrame;
            })();

            v1.ListThreads = (function() {

                /**
                 * Properties of a ListThreads.
                 * @typedef {Object} cen.forum.v1.ListThreads.$Properties
                 * @property {string} [cursor] ListThreads cursor
                 * @property {number} [limit] ListThreads limit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListThreads.
                 * @memberof cen.forum.v1
                 * @interface IListThreads
                 * @augments cen.forum.v1.ListThreads.$Properties
                 * @deprecated Use cen.forum.v1.ListThreads.$Properties instead.
                 */

                /**
                 * Shape of a ListThreads.
                 * @typedef {cen.forum.v1.ListThreads.$Properties} cen.forum.v1.ListThreads.$Shape
                 */

                /**
                 * Constructs a new ListThreads.
                 * @memberof cen.forum.v1
                 * @classdesc Represents a ListThreads.
                 * @constructor
                 * @param {cen.forum.v1.ListThreads.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListThreads = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ListThreads cursor.
                 * @member {string} cursor
                 * @memberof cen.forum.v1.ListThreads
                 * @instance
                 */
                ListThreads.prototype.cursor = "";

                /**
                 * ListThreads limit.
                 * @member {number} limit
                 * @memberof cen.forum.v1.ListThreads
                 * @instance
                 */
                ListThreads.prototype.limit = 0;

                /**
                 * Creates a new ListThreads instance using the specified properties.
                 * @function create
                 * @memberof cen.forum.v1.ListThreads
                 * @static
                 * @param {cen.forum.v1.ListThreads.$Properties=} [properties] Properties to set
                 * @returns {cen.forum.v1.ListThreads} ListThreads instance
                 * @type {{
                 *   (properties: cen.forum.v1.ListThreads.$Shape): cen.forum.v1.ListThreads & cen.forum.v1.ListThreads.$Shape;
                 *   (properties?: cen.forum.v1.ListThreads.$Properties): cen.forum.v1.ListThreads;
                 * }}
                 */
                ListThreads.create = function(properties) {
                    return new ListThreads(properties);
                };

                /**
                 * Encodes the specified ListThreads message. Does not implicitly {@link cen.forum.v1.ListThreads.verify|verify} messages.
                 * @function encode
                 * @memberof cen.forum.v1.ListThreads
                 * @static
                 * @param {cen.forum.v1.ListThreads.$Properties} message ListThreads message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListThreads.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.cursor);
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ListThreads message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.forum.v1.ListThreads
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.forum.v1.ListThreads & cen.forum.v1.ListThreads.$Shape} ListThreads
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListThreads.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cen.forum.v1.ListThreads();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cursor = value;
                                else
                                    delete message.cursor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.limit = value;
                                else
                                    delete message.limit;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ListThreads message.
                 * @function verify
                 * @memberof cen.forum.v1.ListThreads
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListThreads.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        if (!$util.isString(message.cursor))
                            return "cursor: string expected";
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        if (!$util.isInteger(message.limit))
                            return "limit: integer expected";
                    return null;
                };

                /**
                 * Creates a ListThreads message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.forum.v1.ListThreads
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.forum.v1.ListThreads} ListThreads
                 */
                ListThreads.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.forum.v1.ListThreads)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.forum.v1.ListThreads: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.forum.v1.ListThreads();
                    if (object.cursor != null)
                        if (typeof object.cursor !== "string" || object.cursor.length)
                            message.cursor = $String(object.cursor);
                    if (object.limit != null)
                        if ($Number(object.limit) !== 0)
                            message.limit = object.limit >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a ListThreads message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.forum.v1.ListThreads
                 * @static
                 * @param {cen.forum.v1.ListThreads} message ListThreads
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListThreads.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.cursor = "";
                        object.limit = 0;
                    }
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        object.cursor = message.cursor;
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        object.limit = message.limit;
                    return object;
                };

                /**
                 * Converts this ListThreads to JSON.
                 * @function toJSON
                 * @memberof cen.forum.v1.ListThreads
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListThreads.prototype.toJSON = function() {
                    return ListThreads.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListThreads
                 * @function getTypeUrl
                 * @memberof cen.forum.v1.ListThreads
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListThreads.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.forum.v1.ListThreads";
                };

                return ListThreads;
            })();

            v1.GetThread = (function() {

                /**
                 * Properties of a GetThread.
                 * @typedef {Object} cen.forum.v1.GetThread.$Properties
                 * @property {string} [threadId] GetThread threadId
                 * @property {string} [cursor] GetThread cursor
                 * @property {number} [limit] GetThread limit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetThread.
                 * @memberof cen.forum.v1
                 * @interface IGetThread
                 * @augments cen.forum.v1.GetThread.$Properties
                 * @deprecated Use cen.forum.v1.GetThread.$Properties instead.
                 */

                /**
                 * Shape of a GetThread.
                 * @typedef {cen.forum.v1.GetThread.$Properties} cen.forum.v1.GetThread.$Shape
                 */

                /**
                 * Constructs a new GetThread.
                 * @memberof cen.forum.v1
                 * @classdesc Represents a GetThread.
                 * @constructor
                 * @param {cen.forum.v1.GetThread.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetThread = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetThread threadId.
                 * @member {string} threadId
                 * @memberof cen.forum.v1.GetThread
                 * @instance
                 */
                GetThread.prototype.threadId = "";

                /**
                 * GetThread cursor.
                 * @member {string} cursor
                 * @memberof cen.forum.v1.GetThread
                 * @instance
                 */
                GetThread.prototype.cursor = "";

                /**
                 * GetThread limit.
                 * @member {number} limit
                 * @memberof cen.forum.v1.GetThread
                 * @instance
                 */
                GetThread.prototype.limit = 0;

                /**
                 * Creates a new GetThread instance using the specified properties.
                 * @function create
                 * @memberof cen.forum.v1.GetThread
                 * @static
                 * @param {cen.forum.v1.GetThread.$Properties=} [properties] Properties to set
                 * @returns {cen.forum.v1.GetThread} GetThread instance
                 * @type {{
                 *   (properties: cen.forum.v1.GetThread.$Shape): cen.forum.v1.GetThread & cen.forum.v1.GetThread.$Shape;
                 *   (properties?: cen.forum.v1.GetThread.$Properties): cen.forum.v1.GetThread;
                 * }}
                 */
                GetThread.create = function(properties) {
                    return new GetThread(properties);
                };

                /**
                 * Encodes the specified GetThread message. Does not implicitly {@link cen.forum.v1.GetThread.verify|verify} messages.
                 * @function encode
                 * @memberof cen.forum.v1.GetThread
                 * @static
                 * @param {cen.forum.v1.GetThread.$Properties} message GetThread message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetThread.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.threadId != null && $Object.hasOwnProperty.call(message, "threadId") && message.threadId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.threadId);
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.cursor);
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.limit);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetThread message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.forum.v1.GetThread
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.forum.v1.GetThread & cen.forum.v1.GetThread.$Shape} GetThread
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetThread.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cen.forum.v1.GetThread();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.threadId = value;
                                else
                                    delete message.threadId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cursor = value;
                                else
                                    delete message.cursor;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.limit = value;
                                else
                                    delete message.limit;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a GetThread message.
                 * @function verify
                 * @memberof cen.forum.v1.GetThread
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetThread.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.threadId != null && $Object.hasOwnProperty.call(message, "threadId"))
                        if (!$util.isString(message.threadId))
                            return "threadId: string expected";
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        if (!$util.isString(message.cursor))
                            return "cursor: string expected";
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        if (!$util.isInteger(message.limit))
                            return "limit: integer expected";
                    return null;
                };

                /**
                 * Creates a GetThread message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.forum.v1.GetThread
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.forum.v1.GetThread} GetThread
                 */
                GetThread.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.forum.v1.GetThread)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.forum.v1.GetThread: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.forum.v1.GetThread();
                    if (object.threadId != null)
                        if (typeof object.threadId !== "string" || object.threadId.length)
                            message.threadId = $String(object.threadId);
                    if (object.cursor != null)
                        if (typeof object.cursor !== "string" || object.cursor.length)
                            message.cursor = $String(object.cursor);
                    if (object.limit != null)
                        if ($Number(object.limit) !== 0)
                            message.limit = object.limit >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a GetThread message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.forum.v1.GetThread
                 * @static
                 * @param {cen.forum.v1.GetThread} message GetThread
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetThread.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.threadId = "";
                        object.cursor = "";
                        object.limit = 0;
                    }
                    if (message.threadId != null && $Object.hasOwnProperty.call(message, "threadId"))
                        object.threadId = message.threadId;
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        object.cursor = message.cursor;
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        object.limit = message.limit;
                    return object;
                };

                /**
                 * Converts this GetThread to JSON.
                 * @function toJSON
                 * @memberof cen.forum.v1.GetThread
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetThread.prototype.toJSON = function() {
                    return GetThread.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetThread
                 * @function getTypeUrl
                 * @memberof cen.forum.v1.GetThread
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetThread.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.forum.v1.GetThread";
                };

                return GetThread;
            })();

            v1.NewThread = (function() {

                /**
                 * Properties of a NewThread.
                 * @typedef {Object} cen.forum.v1.NewThread.$Properties
                 * @property {string} [title] NewThread title
                 * @property {string} [body] NewThread body
                 * @property {string} [authorName] NewThread authorName
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a NewThread.
                 * @memberof cen.forum.v1
                 * @interface INewThread
                 * @augments cen.forum.v1.NewThread.$Properties
                 * @deprecated Use cen.forum.v1.NewThread.$Properties instead.
                 */

                /**
                 * Shape of a NewThread.
                 * @typedef {cen.forum.v1.NewThread.$Properties} cen.forum.v1.NewThread.$Shape
                 */

                /**
                 * Constructs a new NewThread.
                 * @memberof cen.forum.v1
                 * @classdesc Represents a NewThread.
                 * @constructor
                 * @param {cen.forum.v1.NewThread.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const NewThread = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * NewThread title.
                 * @member {string} title
                 * @memberof cen.forum.v1.NewThread
                 * @instance
                 */
                NewThread.prototype.title = "";

                /**
                 * NewThread body.
                 * @member {string} body
                 * @memberof cen.forum.v1.NewThread
                 * @instance
                 */
                NewThread.prototype.body = "";

                /**
                 * NewThread authorName.
                 * @member {string} authorName
                 * @memberof cen.forum.v1.NewThread
                 * @instance
                 */
                NewThread.prototype.authorName = "";

                /**
                 * Creates a new NewThread instance using the specified properties.
                 * @function create
                 * @memberof cen.forum.v1.NewThread
                 * @static
                 * @param {cen.forum.v1.NewThread.$Properties=} [properties] Properties to set
                 * @returns {cen.forum.v1.NewThread} NewThread instance
                 * @type {{
                 *   (properties: cen.forum.v1.NewThread.$Shape): cen.forum.v1.NewThread & cen.forum.v1.NewThread.$Shape;
                 *   (properties?: cen.forum.v1.NewThread.$Properties): cen.forum.v1.NewThread;
                 * }}
                 */
                NewThread.create = function(properties) {
                    return new NewThread(properties);
                };

                /**
                 * Encodes the specified NewThread message. Does not implicitly {@link cen.forum.v1.NewThread.verify|verify} messages.
                 * @function encode
                 * @memberof cen.forum.v1.NewThread
                 * @static
                 * @param {cen.forum.v1.NewThread.$Properties} message NewThread message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NewThread.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.title);
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.body);
                    if (message.authorName != null && $Object.hasOwnProperty.call(message, "authorName") && message.authorName !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.authorName);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a NewThread message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.forum.v1.NewThread
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.forum.v1.NewThread & cen.forum.v1.NewThread.$Shape} NewThread
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NewThread.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cen.forum.v1.NewThread();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.body = value;
                                else
                                    delete message.body;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.authorName = value;
                                else
                                    delete message.authorName;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a NewThread message.
                 * @function verify
                 * @memberof cen.forum.v1.NewThread
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                NewThread.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                        if (!$util.isString(message.title))
                            return "title: string expected";
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        if (!$util.isString(message.body))
                            return "body: string expected";
                    if (message.authorName != null && $Object.hasOwnProperty.call(message, "authorName"))
                        if (!$util.isString(message.authorName))
                            return "authorName: string expected";
                    return null;
                };

                /**
                 * Creates a NewThread message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.forum.v1.NewThread
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.forum.v1.NewThread} NewThread
                 */
                NewThread.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.forum.v1.NewThread)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.forum.v1.NewThread: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.forum.v1.NewThread();
                    if (object.title != null)
                        if (typeof object.title !== "string" || object.title.length)
                            message.title = $String(object.title);
                    if (object.body != null)
                        if (typeof object.body !== "string" || object.body.length)
                            message.body = $String(object.body);
                    if (object.authorName != null)
                        if (typeof object.authorName !== "string" || object.authorName.length)
                            message.authorName = $String(object.authorName);
                    return message;
                };

                /**
                 * Creates a plain object from a NewThread message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.forum.v1.NewThread
                 * @static
                 * @param {cen.forum.v1.NewThread} message NewThread
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                NewThread.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.title = "";
                        object.body = "";
                        object.authorName = "";
                    }
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                        object.title = message.title;
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        object.body = message.body;
                    if (message.authorName != null && $Object.hasOwnProperty.call(message, "authorName"))
                        object.authorName = message.authorName;
                    return object;
                };

                /**
                 * Converts this NewThread to JSON.
                 * @function toJSON
                 * @memberof cen.forum.v1.NewThread
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                NewThread.prototype.toJSON = function() {
                    return NewThread.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for NewThread
                 * @function getTypeUrl
                 * @memberof cen.forum.v1.NewThread
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                NewThread.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.forum.v1.NewThread";
                };

                return NewThread;
            })();

            v1.NewPost = (function() {

                /**
                 * Properties of a NewPost.
                 * @typedef {Object} cen.forum.v1.NewPost.$Properties
                 * @property {string} [threadId] NewPost threadId
                 * @property {string} [body] NewPost body
                 * @property {string} [authorName] NewPost authorName
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a NewPost.
                 * @memberof cen.forum.v1
                 * @interface INewPost
                 * @augments cen.forum.v1.NewPost.$Properties
                 * @deprecated Use cen.forum.v1.NewPost.$Properties instead.
                 */

                /**
                 * Shape of a NewPost.
                 * @typedef {cen.forum.v1.NewPost.$Properties} cen.forum.v1.NewPost.$Shape
                 */

                /**
                 * Constructs a new NewPost.
                 * @memberof cen.forum.v1
                 * @classdesc Represents a NewPost.
                 * @constructor
                 * @param {cen.forum.v1.NewPost.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const NewPost = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * NewPost threadId.
                 * @member {string} threadId
                 * @memberof cen.forum.v1.NewPost
                 * @instance
                 */
                NewPost.prototype.threadId = "";

                /**
                 * NewPost body.
                 * @member {string} body
                 * @memberof cen.forum.v1.NewPost
                 * @instance
                 */
                NewPost.prototype.body = "";

                /**
                 * NewPost authorName.
                 * @member {string} authorName
                 * @memberof cen.forum.v1.NewPost
                 * @instance
                 */
                NewPost.prototype.authorName = "";

                /**
                 * Creates a new NewPost instance using the specified properties.
                 * @function create
                 * @memberof cen.forum.v1.NewPost
                 * @static
                 * @param {cen.forum.v1.NewPost.$Properties=} [properties] Properties to set
                 * @returns {cen.forum.v1.NewPost} NewPost instance
                 * @type {{
                 *   (properties: cen.forum.v1.NewPost.$Shape): cen.forum.v1.NewPost & cen.forum.v1.NewPost.$Shape;
                 *   (properties?: cen.forum.v1.NewPost.$Properties): cen.forum.v1.NewPost;
                 * }}
                 */
                NewPost.create = function(properties) {
                    return new NewPost(properties);
                };

                /**
                 * Encodes the specified NewPost message. Does not implicitly {@link cen.forum.v1.NewPost.verify|verify} messages.
                 * @function encode
                 * @memberof cen.forum.v1.NewPost
                 * @static
                 * @param {cen.forum.v1.NewPost.$Properties} message NewPost message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NewPost.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.threadId != null && $Object.hasOwnProperty.call(message, "threadId") && message.threadId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.threadId);
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.body);
                    if (message.authorName != null && $Object.hasOwnProperty.call(message, "authorName") && message.authorName !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.authorName);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a NewPost message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.forum.v1.NewPost
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.forum.v1.NewPost & cen.forum.v1.NewPost.$Shape} NewPost
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NewPost.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cen.forum.v1.NewPost();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.threadId = value;
                                else
                                    delete message.threadId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.body = value;
                                else
                                    delete message.body;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.authorName = value;
                                else
                                    delete message.authorName;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a NewPost message.
                 * @function verify
                 * @memberof cen.forum.v1.NewPost
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                NewPost.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.threadId != null && $Object.hasOwnProperty.call(message, "threadId"))
                        if (!$util.isString(message.threadId))
                            return "threadId: string expected";
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        if (!$util.isString(message.body))
                            return "body: string expected";
                    if (message.authorName != null && $Object.hasOwnProperty.call(message, "authorName"))
                        if (!$util.isString(message.authorName))
                            return "authorName: string expected";
                    return null;
                };

                /**
                 * Creates a NewPost message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.forum.v1.NewPost
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.forum.v1.NewPost} NewPost
                 */
                NewPost.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.forum.v1.NewPost)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.forum.v1.NewPost: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.forum.v1.NewPost();
                    if (object.threadId != null)
                        if (typeof object.threadId !== "string" || object.threadId.length)
                            message.threadId = $String(object.threadId);
                    if (object.body != null)
                        if (typeof object.body !== "string" || object.body.length)
                            message.body = $String(object.body);
                    if (object.authorName != null)
                        if (typeof object.authorName !== "string" || object.authorName.length)
                            message.authorName = $String(object.authorName);
                    return message;
                };

                /**
                 * Creates a plain object from a NewPost message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.forum.v1.NewPost
                 * @static
                 * @param {cen.forum.v1.NewPost} message NewPost
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                NewPost.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.threadId = "";
                        object.body = "";
                        object.authorName = "";
                    }
                    if (message.threadId != null && $Object.hasOwnProperty.call(message, "threadId"))
                        object.threadId = message.threadId;
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        object.body = message.body;
                    if (message.authorName != null && $Object.hasOwnProperty.call(message, "authorName"))
                        object.authorName = message.authorName;
                    return object;
                };

                /**
                 * Converts this NewPost to JSON.
                 * @function toJSON
                 * @memberof cen.forum.v1.NewPost
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                NewPost.prototype.toJSON = function() {
                    return NewPost.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for NewPost
                 * @function getTypeUrl
                 * @memberof cen.forum.v1.NewPost
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                NewPost.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.forum.v1.NewPost";
                };

                return NewPost;
            })();

            v1.Author = (function() {

                /**
                 * Properties of an Author.
                 * @typedef {Object} cen.forum.v1.Author.$Properties
                 * @property {string} [kind] Author kind
                 * @property {string} [nodeId] Author nodeId
                 * @property {string} [nodeName] Author nodeName
                 * @property {string} [country] Author country
                 * @property {string} [name] Author name
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Author.
                 * @memberof cen.forum.v1
                 * @interface IAuthor
                 * @augments cen.forum.v1.Author.$Properties
                 * @deprecated Use cen.forum.v1.Author.$Properties instead.
                 */

                /**
                 * Shape of an Author.
                 * @typedef {cen.forum.v1.Author.$Properties} cen.forum.v1.Author.$Shape
                 */

                /**
                 * Constructs a new Author.
                 * @memberof cen.forum.v1
                 * @classdesc Represents an Author.
                 * @constructor
                 * @param {cen.forum.v1.Author.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Author = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Author kind.
                 * @member {string} kind
                 * @memberof cen.forum.v1.Author
                 * @instance
                 */
                Author.prototype.kind = "";

                /**
                 * Author nodeId.
                 * @member {string} nodeId
                 * @memberof cen.forum.v1.Author
                 * @instance
                 */
                Author.prototype.nodeId = "";

                /**
                 * Author nodeName.
                 * @member {string} nodeName
                 * @memberof cen.forum.v1.Author
                 * @instance
                 */
                Author.prototype.nodeName = "";

                /**
                 * Author country.
                 * @member {string} country
                 * @memberof cen.forum.v1.Author
                 * @instance
                 */
                Author.prototype.country = "";

                /**
                 * Author name.
                 * @member {string} name
                 * @memberof cen.forum.v1.Author
                 * @instance
                 */
                Author.prototype.name = "";

                /**
                 * Creates a new Author instance using the specified properties.
                 * @function create
                 * @memberof cen.forum.v1.Author
                 * @static
                 * @param {cen.forum.v1.Author.$Properties=} [properties] Properties to set
                 * @returns {cen.forum.v1.Author} Author instance
                 * @type {{
                 *   (properties: cen.forum.v1.Author.$Shape): cen.forum.v1.Author & cen.forum.v1.Author.$Shape;
                 *   (properties?: cen.forum.v1.Author.$Properties): cen.forum.v1.Author;
                 * }}
                 */
                Author.create = function(properties) {
                    return new Author(properties);
                };

                /**
                 * Encodes the specified Author message. Does not implicitly {@link cen.forum.v1.Author.verify|verify} messages.
                 * @function encode
                 * @memberof cen.forum.v1.Author
                 * @static
                 * @param {cen.forum.v1.Author.$Properties} message Author message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Author.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.nodeId);
                    if (message.nodeName != null && $Object.hasOwnProperty.call(message, "nodeName") && message.nodeName !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.nodeName);
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.country);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.name);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Author message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.forum.v1.Author
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.forum.v1.Author & cen.forum.v1.Author.$Shape} Author
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Author.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cen.forum.v1.Author();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.nodeId = value;
                                else
                                    delete message.nodeId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.nodeName = value;
                                else
                                    delete message.nodeName;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.country = value;
                                else
                                    delete message.country;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an Author message.
                 * @function verify
                 * @memberof cen.forum.v1.Author
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Author.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        if (!$util.isString(message.kind))
                            return "kind: string expected";
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                        if (!$util.isString(message.nodeId))
                            return "nodeId: string expected";
                    if (message.nodeName != null && $Object.hasOwnProperty.call(message, "nodeName"))
                        if (!$util.isString(message.nodeName))
                            return "nodeName: string expected";
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                        if (!$util.isString(message.country))
                            return "country: string expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    return null;
                };

                /**
                 * Creates an Author message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.forum.v1.Author
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.forum.v1.Author} Author
                 */
                Author.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.forum.v1.Author)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.forum.v1.Author: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.forum.v1.Author();
                    if (object.kind != null)
                        if (typeof object.kind !== "string" || object.kind.length)
                            message.kind = $String(object.kind);
                    if (object.nodeId != null)
                        if (typeof object.nodeId !== "string" || object.nodeId.length)
                            message.nodeId = $String(object.nodeId);
                    if (object.nodeName != null)
                        if (typeof object.nodeName !== "string" || object.nodeName.length)
                            message.nodeName = $String(object.nodeName);
                    if (object.country != null)
                        if (typeof object.country !== "string" || object.country.length)
                            message.country = $String(object.country);
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    return message;
                };

                /**
                 * Creates a plain object from an Author message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.forum.v1.Author
                 * @static
                 * @param {cen.forum.v1.Author} message Author
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Author.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.kind = "";
                        object.nodeId = "";
                        object.nodeName = "";
                        object.country = "";
                        object.name = "";
                    }
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = message.kind;
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                        object.nodeId = message.nodeId;
                    if (message.nodeName != null && $Object.hasOwnProperty.call(message, "nodeName"))
                        object.nodeName = message.nodeName;
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                        object.country = message.country;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    return object;
                };

                /**
                 * Converts this Author to JSON.
                 * @function toJSON
                 * @memberof cen.forum.v1.Author
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Author.prototype.toJSON = function() {
                    return Author.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Author
                 * @function getTypeUrl
                 * @memberof cen.forum.v1.Author
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Author.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.forum.v1.Author";
                };

                return Author;
            })();

            v1.Thread = (function() {

                /**
                 * Properties of a Thread.
                 * @typedef {Object} cen.forum.v1.Thread.$Properties
                 * @property {string} [id] Thread id
                 * @property {string} [title] Thread title
                 * @property {cen.forum.v1.Author.$Properties} [author] Thread author
                 * @property {string} [createdAt] Thread createdAt
                 * @property {string} [lastPostAt] Thread lastPostAt
                 * @property {number} [posts] Thread posts
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Thread.
                 * @memberof cen.forum.v1
                 * @interface IThread
                 * @augments cen.forum.v1.Thread.$Properties
                 * @deprecated Use cen.forum.v1.Thread.$Properties instead.
                 */

                /**
                 * Shape of a Thread.
                 * @typedef {cen.forum.v1.Thread.$Properties} cen.forum.v1.Thread.$Shape
                 */

                /**
                 * Constructs a new Thread.
                 * @memberof cen.forum.v1
                 * @classdesc Represents a Thread.
                 * @constructor
                 * @param {cen.forum.v1.Thread.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Thread = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Thread id.
                 * @member {string} id
                 * @memberof cen.forum.v1.Thread
                 * @instance
                 */
                Thread.prototype.id = "";

                /**
                 * Thread title.
                 * @member {string} title
                 * @memberof cen.forum.v1.Thread
                 * @instance
                 */
                Thread.prototype.title = "";

                /**
                 * Thread author.
                 * @member {cen.forum.v1.Author} author
                 * @memberof cen.forum.v1.Thread
                 * @instance
                 */
                Thread.prototype.author = null;

                /**
                 * Thread createdAt.
                 * @member {string} createdAt
                 * @memberof cen.forum.v1.Thread
                 * @instance
                 */
                Thread.prototype.createdAt = "";

                /**
                 * Thread lastPostAt.
                 * @member {string} lastPostAt
                 * @memberof cen.forum.v1.Thread
                 * @instance
                 */
                Thread.prototype.lastPostAt = "";

                /**
                 * Thread posts.
                 * @member {number} posts
                 * @memberof cen.forum.v1.Thread
                 * @instance
                 */
                Thread.prototype.posts = 0;

                /**
                 * Creates a new Thread instance using the specified properties.
                 * @function create
                 * @memberof cen.forum.v1.Thread
                 * @static
                 * @param {cen.forum.v1.Thread.$Properties=} [properties] Properties to set
                 * @returns {cen.forum.v1.Thread} Thread instance
                 * @type {{
                 *   (properties: cen.forum.v1.Thread.$Shape): cen.forum.v1.Thread & cen.forum.v1.Thread.$Shape;
                 *   (properties?: cen.forum.v1.Thread.$Properties): cen.forum.v1.Thread;
                 * }}
                 */
                Thread.create = function(properties) {
                    return new Thread(properties);
                };

                /**
                 * Encodes the specified Thread message. Does not implicitly {@link cen.forum.v1.Thread.verify|verify} messages.
                 * @function encode
                 * @memberof cen.forum.v1.Thread
                 * @static
                 * @param {cen.forum.v1.Thread.$Properties} message Thread message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Thread.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.title);
                    if (message.author != null && $Object.hasOwnProperty.call(message, "author"))
                        $root.cen.forum.v1.Author.encode(message.author, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && message.createdAt !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.createdAt);
                    if (message.lastPostAt != null && $Object.hasOwnProperty.call(message, "lastPostAt") && message.lastPostAt !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.lastPostAt);
                    if (message.posts != null && $Object.hasOwnProperty.call(message, "posts") && message.posts !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.posts);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Thread message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.forum.v1.Thread
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.forum.v1.Thread & cen.forum.v1.Thread.$Shape} Thread
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Thread.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cen.forum.v1.Thread();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.author = $root.cen.forum.v1.Author.decode(reader, reader.size(), $undefined, _depth + 1, message.author);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lastPostAt = value;
                                else
                                    delete message.lastPostAt;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.posts = value;
                                else
                                    delete message.posts;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Thread message.
                 * @function verify
                 * @memberof cen.forum.v1.Thread
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Thread.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                        if (!$util.isString(message.title))
                            return "title: string expected";
                    if (message.author != null && $Object.hasOwnProperty.call(message, "author")) {
                        let error = $root.cen.forum.v1.Author.verify(message.author, _depth + 1);
                        if (error)
                            return "author." + error;
                    }
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isString(message.createdAt))
                            return "createdAt: string expected";
                    if (message.lastPostAt != null && $Object.hasOwnProperty.call(message, "lastPostAt"))
                        if (!$util.isString(message.lastPostAt))
                            return "lastPostAt: string expected";
                    if (message.posts != null && $Object.hasOwnProperty.call(message, "posts"))
                        if (!$util.isInteger(message.posts))
                            return "posts: integer expected";
                    return null;
                };

                /**
                 * Creates a Thread message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.forum.v1.Thread
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.forum.v1.Thread} Thread
                 */
                Thread.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.forum.v1.Thread)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.forum.v1.Thread: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.forum.v1.Thread();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.title != null)
                        if (typeof object.title !== "string" || object.title.length)
                            message.title = $String(object.title);
                    if (object.author != null) {
                        if (!$util.isObject(object.author))
                            throw $TypeError(".cen.forum.v1.Thread.author: object expected");
                        message.author = $root.cen.forum.v1.Author.fromObject(object.author, _depth + 1);
                    }
                    if (object.createdAt != null)
                        if (typeof object.createdAt !== "string" || object.createdAt.length)
                            message.createdAt = $String(object.createdAt);
                    if (object.lastPostAt != null)
                        if (typeof object.lastPostAt !== "string" || object.lastPostAt.length)
                            message.lastPostAt = $String(object.lastPostAt);
                    if (object.posts != null)
                        if ($Number(object.posts) !== 0)
                            message.posts = object.posts >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Thread message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.forum.v1.Thread
                 * @static
                 * @param {cen.forum.v1.Thread} message Thread
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Thread.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.title = "";
                        object.author = null;
                        object.createdAt = "";
                        object.lastPostAt = "";
                        object.posts = 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                        object.title = message.title;
                    if (message.author != null && $Object.hasOwnProperty.call(message, "author"))
                        object.author = $root.cen.forum.v1.Author.toObject(message.author, options, _depth + 1);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        object.createdAt = message.createdAt;
                    if (message.lastPostAt != null && $Object.hasOwnProperty.call(message, "lastPostAt"))
                        object.lastPostAt = message.lastPostAt;
                    if (message.posts != null && $Object.hasOwnProperty.call(message, "posts"))
                        object.posts = message.posts;
                    return object;
                };

                /**
                 * Converts this Thread to JSON.
                 * @function toJSON
                 * @memberof cen.forum.v1.Thread
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Thread.prototype.toJSON = function() {
                    return Thread.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Thread
                 * @function getTypeUrl
                 * @memberof cen.forum.v1.Thread
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Thread.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.forum.v1.Thread";
                };

                return Thread;
            })();

            v1.Post = (function() {

                /**
                 * Properties of a Post.
                 * @typedef {Object} cen.forum.v1.Post.$Properties
                 * @property {string} [id] Post id
                 * @property {string} [threadId] Post threadId
                 * @property {cen.forum.v1.Author.$Properties} [author] Post author
                 * @property {string} [body] Post body
                 * @property {string} [createdAt] Post createdAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Post.
                 * @memberof cen.forum.v1
                 * @interface IPost
                 * @augments cen.forum.v1.Post.$Properties
                 * @deprecated Use cen.forum.v1.Post.$Properties instead.
                 */

                /**
                 * Shape of a Post.
                 * @typedef {cen.forum.v1.Post.$Properties} cen.forum.v1.Post.$Shape
                 */

                /**
                 * Constructs a new Post.
                 * @memberof cen.forum.v1
                 * @classdesc Represents a Post.
                 * @constructor
                 * @param {cen.forum.v1.Post.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Post = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Post id.
                 * @member {string} id
                 * @memberof cen.forum.v1.Post
                 * @instance
                 */
                Post.prototype.id = "";

                /**
                 * Post threadId.
                 * @member {string} threadId
                 * @memberof cen.forum.v1.Post
                 * @instance
                 */
                Post.prototype.threadId = "";

                /**
                 * Post author.
                 * @member {cen.forum.v1.Author} author
                 * @memberof cen.forum.v1.Post
                 * @instance
                 */
                Post.prototype.author = null;

                /**
                 * Post body.
                 * @member {string} body
                 * @memberof cen.forum.v1.Post
                 * @instance
                 */
                Post.prototype.body = "";

                /**
                 * Post createdAt.
                 * @member {string} createdAt
                 * @memberof cen.forum.v1.Post
                 * @instance
                 */
                Post.prototype.createdAt = "";

                /**
                 * Creates a new Post instance using the specified properties.
                 * @function create
                 * @memberof cen.forum.v1.Post
                 * @static
                 * @param {cen.forum.v1.Post.$Properties=} [properties] Properties to set
                 * @returns {cen.forum.v1.Post} Post instance
                 * @type {{
                 *   (properties: cen.forum.v1.Post.$Shape): cen.forum.v1.Post & cen.forum.v1.Post.$Shape;
                 *   (properties?: cen.forum.v1.Post.$Properties): cen.forum.v1.Post;
                 * }}
                 */
                Post.create = function(properties) {
                    return new Post(properties);
                };

                /**
                 * Encodes the specified Post message. Does not implicitly {@link cen.forum.v1.Post.verify|verify} messages.
                 * @function encode
                 * @memberof cen.forum.v1.Post
                 * @static
                 * @param {cen.forum.v1.Post.$Properties} message Post message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Post.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.threadId != null && $Object.hasOwnProperty.call(message, "threadId") && message.threadId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.threadId);
                    if (message.author != null && $Object.hasOwnProperty.call(message, "author"))
                        $root.cen.forum.v1.Author.encode(message.author, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.body);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && message.createdAt !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.createdAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Post message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.forum.v1.Post
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.forum.v1.Post & cen.forum.v1.Post.$Shape} Post
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Post.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cen.forum.v1.Post();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.threadId = value;
                                else
                                    delete message.threadId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.author = $root.cen.forum.v1.Author.decode(reader, reader.size(), $undefined, _depth + 1, message.author);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.body = value;
                                else
                                    delete message.body;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Post message.
                 * @function verify
                 * @memberof cen.forum.v1.Post
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Post.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.threadId != null && $Object.hasOwnProperty.call(message, "threadId"))
                        if (!$util.isString(message.threadId))
                            return "threadId: string expected";
                    if (message.author != null && $Object.hasOwnProperty.call(message, "author")) {
                        let error = $root.cen.forum.v1.Author.verify(message.author, _depth + 1);
                        if (error)
                            return "author." + error;
                    }
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        if (!$util.isString(message.body))
                            return "body: string expected";
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isString(message.createdAt))
                            return "createdAt: string expected";
                    return null;
                };

                /**
                 * Creates a Post message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.forum.v1.Post
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.forum.v1.Post} Post
                 */
                Post.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.forum.v1.Post)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.forum.v1.Post: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.forum.v1.Post();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.threadId != null)
                        if (typeof object.threadId !== "string" || object.threadId.length)
                            message.threadId = $String(object.threadId);
                    if (object.author != null) {
                        if (!$util.isObject(object.author))
                            throw $TypeError(".cen.forum.v1.Post.author: object expected");
                        message.author = $root.cen.forum.v1.Author.fromObject(object.author, _depth + 1);
                    }
                    if (object.body != null)
                        if (typeof object.body !== "string" || object.body.length)
                            message.body = $String(object.body);
                    if (object.createdAt != null)
                        if (typeof object.createdAt !== "string" || object.createdAt.length)
                            message.createdAt = $String(object.createdAt);
                    return message;
                };

                /**
                 * Creates a plain object from a Post message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.forum.v1.Post
                 * @static
                 * @param {cen.forum.v1.Post} message Post
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Post.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.threadId = "";
                        object.author = null;
                        object.body = "";
                        object.createdAt = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.threadId != null && $Object.hasOwnProperty.call(message, "threadId"))
                        object.threadId = message.threadId;
                    if (message.author != null && $Object.hasOwnProperty.call(message, "author"))
                        object.author = $root.cen.forum.v1.Author.toObject(message.author, options, _depth + 1);
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        object.body = message.body;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        object.createdAt = message.createdAt;
                    return object;
                };

                /**
                 * Converts this Post to JSON.
                 * @function toJSON
                 * @memberof cen.forum.v1.Post
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Post.prototype.toJSON = function() {
                    return Post.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Post
                 * @function getTypeUrl
                 * @memberof cen.forum.v1.Post
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Post.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.forum.v1.Post";
                };

                return Post;
            })();

            v1.ThreadPage = (function() {

                /**
                 * Properties of a ThreadPage.
                 * @typedef {Object} cen.forum.v1.ThreadPage.$Properties
                 * @property {Array.<cen.forum.v1.Thread.$Properties>} [threads] ThreadPage threads
                 * @property {string} [nextCursor] ThreadPage nextCursor
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ThreadPage.
                 * @memberof cen.forum.v1
                 * @interface IThreadPage
                 * @augments cen.forum.v1.ThreadPage.$Properties
                 * @deprecated Use cen.forum.v1.ThreadPage.$Properties instead.
                 */

                /**
                 * Shape of a ThreadPage.
                 * @typedef {cen.forum.v1.ThreadPage.$Properties} cen.forum.v1.ThreadPage.$Shape
                 */

                /**
                 * Constructs a new ThreadPage.
                 * @memberof cen.forum.v1
                 * @classdesc Represents a ThreadPage.
                 * @constructor
                 * @param {cen.forum.v1.ThreadPage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ThreadPage = function (properties) {
                    this.threads = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ThreadPage threads.
                 * @member {Array.<cen.forum.v1.Thread>} threads
                 * @memberof cen.forum.v1.ThreadPage
                 * @instance
                 */
                ThreadPage.prototype.threads = $util.emptyArray;

                /**
                 * ThreadPage nextCursor.
                 * @member {string} nextCursor
                 * @memberof cen.forum.v1.ThreadPage
                 * @instance
                 */
                ThreadPage.prototype.nextCursor = "";

                /**
                 * Creates a new ThreadPage instance using the specified properties.
                 * @function create
                 * @memberof cen.forum.v1.ThreadPage
                 * @static
                 * @param {cen.forum.v1.ThreadPage.$Properties=} [properties] Properties to set
                 * @returns {cen.forum.v1.ThreadPage} ThreadPage instance
                 * @type {{
                 *   (properties: cen.forum.v1.ThreadPage.$Shape): cen.forum.v1.ThreadPage & cen.forum.v1.ThreadPage.$Shape;
                 *   (properties?: cen.forum.v1.ThreadPage.$Properties): cen.forum.v1.ThreadPage;
                 * }}
                 */
                ThreadPage.create = function(properties) {
                    return new ThreadPage(properties);
                };

                /**
                 * Encodes the specified ThreadPage message. Does not implicitly {@link cen.forum.v1.ThreadPage.verify|verify} messages.
                 * @function encode
                 * @memberof cen.forum.v1.ThreadPage
                 * @static
                 * @param {cen.forum.v1.ThreadPage.$Properties} message ThreadPage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ThreadPage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.threads != null && message.threads.length)
                        for (let i = 0; i < message.threads.length; ++i)
                            $root.cen.forum.v1.Thread.encode(message.threads[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && message.nextCursor !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.nextCursor);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ThreadPage message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.forum.v1.ThreadPage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.forum.v1.ThreadPage & cen.forum.v1.ThreadPage.$Shape} ThreadPage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ThreadPage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cen.forum.v1.ThreadPage();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.threads && message.threads.length))
                                    message.threads = [];
                                message.threads.push($root.cen.forum.v1.Thread.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.nextCursor = value;
                                else
                                    delete message.nextCursor;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ThreadPage message.
                 * @function verify
                 * @memberof cen.forum.v1.ThreadPage
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ThreadPage.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.threads != null && $Object.hasOwnProperty.call(message, "threads")) {
                        if (!$Array.isArray(message.threads))
                            return "threads: array expected";
                        for (let i = 0; i < message.threads.length; ++i) {
                            let error = $root.cen.forum.v1.Thread.verify(message.threads[i], _depth + 1);
                            if (error)
                                return "threads." + error;
                        }
                    }
                    if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                        if (!$util.isString(message.nextCursor))
                            return "nextCursor: string expected";
                    return null;
                };

                /**
                 * Creates a ThreadPage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.forum.v1.ThreadPage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.forum.v1.ThreadPage} ThreadPage
                 */
                ThreadPage.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.forum.v1.ThreadPage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.forum.v1.ThreadPage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.forum.v1.ThreadPage();
                    if (object.threads) {
                        if (!$Array.isArray(object.threads))
                            throw $TypeError(".cen.forum.v1.ThreadPage.threads: array expected");
                        message.threads = $Array(object.threads.length);
                        for (let i = 0; i < object.threads.length; ++i) {
                            if (!$util.isObject(object.threads[i]))
                                throw $TypeError(".cen.forum.v1.ThreadPage.threads: object expected");
                            message.threads[i] = $root.cen.forum.v1.Thread.fromObject(object.threads[i], _depth + 1);
                        }
                    }
                    if (object.nextCursor != null)
                        if (typeof object.nextCursor !== "string" || object.nextCursor.length)
                            message.nextCursor = $String(object.nextCursor);
                    return message;
                };

                /**
                 * Creates a plain object from a ThreadPage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.forum.v1.ThreadPage
                 * @static
                 * @param {cen.forum.v1.ThreadPage} message ThreadPage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ThreadPage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.threads = [];
                    if (options.defaults)
                        object.nextCursor = "";
                    if (message.threads && message.threads.length) {
                        object.threads = $Array(message.threads.length);
                        for (let j = 0; j < message.threads.length; ++j)
                            object.threads[j] = $root.cen.forum.v1.Thread.toObject(message.threads[j], options, _depth + 1);
                    }
                    if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                        object.nextCursor = message.nextCursor;
                    return object;
                };

                /**
                 * Converts this ThreadPage to JSON.
                 * @function toJSON
                 * @memberof cen.forum.v1.ThreadPage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ThreadPage.prototype.toJSON = function() {
                    return ThreadPage.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ThreadPage
                 * @function getTypeUrl
                 * @memberof cen.forum.v1.ThreadPage
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ThreadPage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.forum.v1.ThreadPage";
                };

                return ThreadPage;
            })();

            v1.ThreadDetail = (function() {

                /**
                 * Properties of a ThreadDetail.
                 * @typedef {Object} cen.forum.v1.ThreadDetail.$Properties
                 * @property {cen.forum.v1.Thread.$Properties} [thread] ThreadDetail thread
                 * @property {Array.<cen.forum.v1.Post.$Properties>} [posts] ThreadDetail posts
                 * @property {string} [nextCursor] ThreadDetail nextCursor
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ThreadDetail.
                 * @memberof cen.forum.v1
                 * @interface IThreadDetail
                 * @augments cen.forum.v1.ThreadDetail.$Properties
                 * @deprecated Use cen.forum.v1.ThreadDetail.$Properties instead.
                 */

                /**
                 * Shape of a ThreadDetail.
                 * @typedef {cen.forum.v1.ThreadDetail.$Properties} cen.forum.v1.ThreadDetail.$Shape
                 */

                /**
                 * Constructs a new ThreadDetail.
                 * @memberof cen.forum.v1
                 * @classdesc Represents a ThreadDetail.
                 * @constructor
                 * @param {cen.forum.v1.ThreadDetail.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ThreadDetail = function (properties) {
                    this.posts = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ThreadDetail thread.
                 * @member {cen.forum.v1.Thread} thread
                 * @memberof cen.forum.v1.ThreadDetail
                 * @instance
                 */
                ThreadDetail.prototype.thread = null;

                /**
                 * ThreadDetail posts.
                 * @member {Array.<cen.forum.v1.Post>} posts
                 * @memberof cen.forum.v1.ThreadDetail
                 * @instance
                 */
                ThreadDetail.prototype.posts = $util.emptyArray;

                /**
                 * ThreadDetail nextCursor.
                 * @member {string} nextCursor
                 * @memberof cen.forum.v1.ThreadDetail
                 * @instance
                 */
                ThreadDetail.prototype.nextCursor = "";

                /**
                 * Creates a new ThreadDetail instance using the specified properties.
                 * @function create
                 * @memberof cen.forum.v1.ThreadDetail
                 * @static
                 * @param {cen.forum.v1.ThreadDetail.$Properties=} [properties] Properties to set
                 * @returns {cen.forum.v1.ThreadDetail} ThreadDetail instance
                 * @type {{
                 *   (properties: cen.forum.v1.ThreadDetail.$Shape): cen.forum.v1.ThreadDetail & cen.forum.v1.ThreadDetail.$Shape;
                 *   (properties?: cen.forum.v1.ThreadDetail.$Properties): cen.forum.v1.ThreadDetail;
                 * }}
                 */
                ThreadDetail.create = function(properties) {
                    return new ThreadDetail(properties);
                };

                /**
                 * Encodes the specified ThreadDetail message. Does not implicitly {@link cen.forum.v1.ThreadDetail.verify|verify} messages.
                 * @function encode
                 * @memberof cen.forum.v1.ThreadDetail
                 * @static
                 * @param {cen.forum.v1.ThreadDetail.$Properties} message ThreadDetail message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ThreadDetail.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.thread != null && $Object.hasOwnProperty.call(message, "thread"))
                        $root.cen.forum.v1.Thread.encode(message.thread, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.posts != null && message.posts.length)
                        for (let i = 0; i < message.posts.length; ++i)
                            $root.cen.forum.v1.Post.encode(message.posts[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && message.nextCursor !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.nextCursor);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ThreadDetail message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.forum.v1.ThreadDetail
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.forum.v1.ThreadDetail & cen.forum.v1.ThreadDetail.$Shape} ThreadDetail
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ThreadDetail.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cen.forum.v1.ThreadDetail();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.thread = $root.cen.forum.v1.Thread.decode(reader, reader.size(), $undefined, _depth + 1, message.thread);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.posts && message.posts.length))
                                    message.posts = [];
                                message.posts.push($root.cen.forum.v1.Post.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.nextCursor = value;
                                else
                                    delete message.nextCursor;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ThreadDetail message.
                 * @function verify
                 * @memberof cen.forum.v1.ThreadDetail
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ThreadDetail.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.thread != null && $Object.hasOwnProperty.call(message, "thread")) {
                        let error = $root.cen.forum.v1.Thread.verify(message.thread, _depth + 1);
                        if (error)
                            return "thread." + error;
                    }
                    if (message.posts != null && $Object.hasOwnProperty.call(message, "posts")) {
                        if (!$Array.isArray(message.posts))
                            return "posts: array expected";
                        for (let i = 0; i < message.posts.length; ++i) {
                            let error = $root.cen.forum.v1.Post.verify(message.posts[i], _depth + 1);
                            if (error)
                                return "posts." + error;
                        }
                    }
                    if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                        if (!$util.isString(message.nextCursor))
                            return "nextCursor: string expected";
                    return null;
                };

                /**
                 * Creates a ThreadDetail message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.forum.v1.ThreadDetail
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.forum.v1.ThreadDetail} ThreadDetail
                 */
                ThreadDetail.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.forum.v1.ThreadDetail)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.forum.v1.ThreadDetail: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.forum.v1.ThreadDetail();
                    if (object.thread != null) {
                        if (!$util.isObject(object.thread))
                            throw $TypeError(".cen.forum.v1.ThreadDetail.thread: object expected");
                        message.thread = $root.cen.forum.v1.Thread.fromObject(object.thread, _depth + 1);
                    }
                    if (object.posts) {
                        if (!$Array.isArray(object.posts))
                            throw $TypeError(".cen.forum.v1.ThreadDetail.posts: array expected");
                        message.posts = $Array(object.posts.length);
                        for (let i = 0; i < object.posts.length; ++i) {
                            if (!$util.isObject(object.posts[i]))
                                throw $TypeError(".cen.forum.v1.ThreadDetail.posts: object expected");
                            message.posts[i] = $root.cen.forum.v1.Post.fromObject(object.posts[i], _depth + 1);
                        }
                    }
                    if (object.nextCursor != null)
                        if (typeof object.nextCursor !== "string" || object.nextCursor.length)
                            message.nextCursor = $String(object.nextCursor);
                    return message;
                };

                /**
                 * Creates a plain object from a ThreadDetail message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.forum.v1.ThreadDetail
                 * @static
                 * @param {cen.forum.v1.ThreadDetail} message ThreadDetail
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ThreadDetail.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.posts = [];
                    if (options.defaults) {
                        object.thread = null;
                        object.nextCursor = "";
                    }
                    if (message.thread != null && $Object.hasOwnProperty.call(message, "thread"))
                        object.thread = $root.cen.forum.v1.Thread.toObject(message.thread, options, _depth + 1);
                    if (message.posts && message.posts.length) {
                        object.posts = $Array(message.posts.length);
                        for (let j = 0; j < message.posts.length; ++j)
                            object.posts[j] = $root.cen.forum.v1.Post.toObject(message.posts[j], options, _depth + 1);
                    }
                    if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                        object.nextCursor = message.nextCursor;
                    return object;
                };

                /**
                 * Converts this ThreadDetail to JSON.
                 * @function toJSON
                 * @memberof cen.forum.v1.ThreadDetail
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ThreadDetail.prototype.toJSON = function() {
                    return ThreadDetail.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ThreadDetail
                 * @function getTypeUrl
                 * @memberof cen.forum.v1.ThreadDetail
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ThreadDetail.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.forum.v1.ThreadDetail";
                };

                return ThreadDetail;
            })();

            v1.Refusal = (function() {

                /**
                 * Properties of a Refusal.
                 * @typedef {Object} cen.forum.v1.Refusal.$Properties
                 * @property {string} [code] Refusal code
                 * @property {string} [message] Refusal message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Refusal.
                 * @memberof cen.forum.v1
                 * @interface IRefusal
                 * @augments cen.forum.v1.Refusal.$Properties
                 * @deprecated Use cen.forum.v1.Refusal.$Properties instead.
                 */

                /**
                 * Shape of a Refusal.
                 * @typedef {cen.forum.v1.Refusal.$Properties} cen.forum.v1.Refusal.$Shape
                 */

                /**
                 * Constructs a new Refusal.
                 * @memberof cen.forum.v1
                 * @classdesc Represents a Refusal.
                 * @constructor
                 * @param {cen.forum.v1.Refusal.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Refusal = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Refusal code.
                 * @member {string} code
                 * @memberof cen.forum.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.code = "";

                /**
                 * Refusal message.
                 * @member {string} message
                 * @memberof cen.forum.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.message = "";

                /**
                 * Creates a new Refusal instance using the specified properties.
                 * @function create
                 * @memberof cen.forum.v1.Refusal
                 * @static
                 * @param {cen.forum.v1.Refusal.$Properties=} [properties] Properties to set
                 * @returns {cen.forum.v1.Refusal} Refusal instance
                 * @type {{
                 *   (properties: cen.forum.v1.Refusal.$Shape): cen.forum.v1.Refusal & cen.forum.v1.Refusal.$Shape;
                 *   (properties?: cen.forum.v1.Refusal.$Properties): cen.forum.v1.Refusal;
                 * }}
                 */
                Refusal.create = function(properties) {
                    return new Refusal(properties);
                };

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.forum.v1.Refusal.verify|verify} messages.
                 * @function encode
                 * @memberof cen.forum.v1.Refusal
                 * @static
                 * @param {cen.forum.v1.Refusal.$Properties} message Refusal message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Refusal.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Refusal message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.forum.v1.Refusal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.forum.v1.Refusal & cen.forum.v1.Refusal.$Shape} Refusal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Refusal.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cen.forum.v1.Refusal();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Refusal message.
                 * @function verify
                 * @memberof cen.forum.v1.Refusal
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Refusal.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        if (!$util.isString(message.code))
                            return "code: string expected";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        if (!$util.isString(message.message))
                            return "message: string expected";
                    return null;
                };

                /**
                 * Creates a Refusal message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.forum.v1.Refusal
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.forum.v1.Refusal} Refusal
                 */
                Refusal.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.forum.v1.Refusal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.forum.v1.Refusal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.forum.v1.Refusal();
                    if (object.code != null)
                        if (typeof object.code !== "string" || object.code.length)
                            message.code = $String(object.code);
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    return message;
                };

                /**
                 * Creates a plain object from a Refusal message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.forum.v1.Refusal
                 * @static
                 * @param {cen.forum.v1.Refusal} message Refusal
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Refusal.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.code = "";
                        object.message = "";
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    return object;
                };

                /**
                 * Converts this Refusal to JSON.
                 * @function toJSON
                 * @memberof cen.forum.v1.Refusal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Refusal.prototype.toJSON = function() {
                    return Refusal.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Refusal
                 * @function getTypeUrl
                 * @memberof cen.forum.v1.Refusal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Refusal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.forum.v1.Refusal";
                };

                return Refusal;
            })();

            return v1;
        })();

        return forum;
    })();

    return cen;
})();

export {
  $root as default
};
