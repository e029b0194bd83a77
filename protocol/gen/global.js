/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["global"] || ($protobuf.roots["global"] = {});

export const cen = $root.cen = (() => {

    /**
     * Namespace cen.
     * @exports cen
     * @namespace
     */
    const cen = {};

    cen.global = (function() {

        /**
         * Namespace global.
         * @memberof cen
         * @namespace
         */
        const global = {};

        global.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cen.global
             * @namespace
             */
            const v1 = {};

            v1.GlobalFrame = (function() {

                /**
                 * Properties of a GlobalFrame.
                 * @typedef {Object} cen.global.v1.GlobalFrame.$Properties
                 * @property {cen.global.v1.Request.$Properties|null} [request] GlobalFrame request
                 * @property {cen.global.v1.Answer.$Properties|null} [answer] GlobalFrame answer
                 * @property {cen.global.v1.Chunk.$Properties|null} [chunk] GlobalFrame chunk
                 * @property {cen.global.v1.Refusal.$Properties|null} [refusal] GlobalFrame refusal
                 * @property {"request"|"answer"|"chunk"|"refusal"} [body] GlobalFrame body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GlobalFrame.
                 * @memberof cen.global.v1
                 * @interface IGlobalFrame
                 * @augments cen.global.v1.GlobalFrame.$Properties
                 * @deprecated Use cen.global.v1.GlobalFrame.$Properties instead.
                 */

                /**
                 * Narrowed shape of a GlobalFrame.
                 * @typedef {{
                 *   request?: cen.global.v1.Request.$Shape|null;
                 *   answer?: cen.global.v1.Answer.$Shape|null;
                 *   chunk?: cen.global.v1.Chunk.$Shape|null;
                 *   refusal?: cen.global.v1.Refusal.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; request?: null; answer?: null; chunk?: null; refusal?: null }|{ body?: "request"; request: cen.global.v1.Request.$Shape; answer?: null; chunk?: null; refusal?: null }|{ body?: "answer"; request?: null; answer: cen.global.v1.Answer.$Shape; chunk?: null; refusal?: null }|{ body?: "chunk"; request?: null; answer?: null; chunk: cen.global.v1.Chunk.$Shape; refusal?: null }|{ body?: "refusal"; request?: null; answer?: null; chunk?: null; refusal: cen.global.v1.Refusal.$Shape })
                 * )} cen.global.v1.GlobalFrame.$Shape
                 */

                /**
                 * Constructs a new GlobalFrame.
                 * @memberof cen.global.v1
                 * @classdesc Represents a GlobalFrame.
                 * @constructor
                 * @param {cen.global.v1.GlobalFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GlobalFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GlobalFrame request.
                 * @member {cen.global.v1.Request|null} request
                 * @memberof cen.global.v1.GlobalFrame
                 * @instance
                 */
                GlobalFrame.prototype.request = null;

                /**
                 * GlobalFrame answer.
                 * @member {cen.global.v1.Answer|null} answer
                 * @memberof cen.global.v1.GlobalFrame
                 * @instance
                 */
                GlobalFrame.prototype.answer = null;

                /**
                 * GlobalFrame chunk.
                 * @member {cen.global.v1.Chunk|null} chunk
                 * @memberof cen.global.v1.GlobalFrame
                 * @instance
                 */
                GlobalFrame.prototype.chunk = null;

                /**
                 * GlobalFrame refusal.
                 * @member {cen.global.v1.Refusal|null} refusal
                 * @memberof cen.global.v1.GlobalFrame
                 * @instance
                 */
                GlobalFrame.prototype.refusal = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * GlobalFrame body.
                 * @member {"request"|"answer"|"chunk"|"refusal"|undefined} body
                 * @memberof cen.global.v1.GlobalFrame
                 * @instance
                 */
                $Object.defineProperty(GlobalFrame.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["request", "answer", "chunk", "refusal"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new GlobalFrame instance using the specified properties.
                 * @function create
                 * @memberof cen.global.v1.GlobalFrame
                 * @static
                 * @param {cen.global.v1.GlobalFrame.$Properties=} [properties] Properties to set
                 * @returns {cen.global.v1.GlobalFrame} GlobalFrame instance
                 * @type {{
                 *   (properties: cen.global.v1.GlobalFrame.$Shape): cen.global.v1.GlobalFrame & cen.global.v1.GlobalFrame.$Shape;
                 *   (properties?: cen.global.v1.GlobalFrame.$Properties): cen.global.v1.GlobalFrame;
                 * }}
                 */
                GlobalFrame.create = function(properties) {
                    return new GlobalFrame(properties);
                };

                /**
                 * Encodes the specified GlobalFrame message. Does not implicitly {@link cen.global.v1.GlobalFrame.verify|verify} messages.
                 * @function encode
                 * @memberof cen.global.v1.GlobalFrame
                 * @static
                 * @param {cen.global.v1.GlobalFrame.$Properties} message GlobalFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GlobalFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                        $root.cen.global.v1.Request.encode(message.request, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.answer != null && $Object.hasOwnProperty.call(message, "answer"))
                        $root.cen.global.v1.Answer.encode(message.answer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                        $root.cen.global.v1.Chunk.encode(message.chunk, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal"))
                        $root.cen.global.v1.Refusal.encode(message.refusal, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GlobalFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.global.v1.GlobalFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.global.v1.GlobalFrame & cen.global.v1.GlobalFrame.$Shape} GlobalFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GlobalFrame.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.global.v1.GlobalFrame();
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
                                message.request = $root.cen.global.v1.Request.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                                message.body = "request";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.answer = $root.cen.global.v1.Answer.decode(reader, reader.size(), $undefined, _depth + 1, message.answer);
                                message.body = "answer";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.chunk = $root.cen.global.v1.Chunk.decode(reader, reader.size(), $undefined, _depth + 1, message.chunk);
                                message.body = "chunk";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.refusal = $root.cen.global.v1.Refusal.decode(reader, reader.size(), $undefined, _depth + 1, message.refusal);
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
                 * Verifies a GlobalFrame message.
                 * @function verify
                 * @memberof cen.global.v1.GlobalFrame
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GlobalFrame.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request")) {
                        properties.body = 1;
                        {
                            let error = $root.cen.global.v1.Request.verify(message.request, _depth + 1);
                            if (error)
                                return "request." + error;
                        }
                    }
                    if (message.answer != null && $Object.hasOwnProperty.call(message, "answer")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.global.v1.Answer.verify(message.answer, _depth + 1);
                            if (error)
                                return "answer." + error;
                        }
                    }
                    if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.global.v1.Chunk.verify(message.chunk, _depth + 1);
                            if (error)
                                return "chunk." + error;
                        }
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.global.v1.Refusal.verify(message.refusal, _depth + 1);
                            if (error)
                                return "refusal." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a GlobalFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.global.v1.GlobalFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.global.v1.GlobalFrame} GlobalFrame
                 */
                GlobalFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.global.v1.GlobalFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.global.v1.GlobalFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.global.v1.GlobalFrame();
                    if (object.request != null) {
                        if (!$util.isObject(object.request))
                            throw $TypeError(".cen.global.v1.GlobalFrame.request: object expected");
                        message.request = $root.cen.global.v1.Request.fromObject(object.request, _depth + 1);
                    }
                    if (object.answer != null) {
                        if (!$util.isObject(object.answer))
                            throw $TypeError(".cen.global.v1.GlobalFrame.answer: object expected");
                        message.answer = $root.cen.global.v1.Answer.fromObject(object.answer, _depth + 1);
                    }
                    if (object.chunk != null) {
                        if (!$util.isObject(object.chunk))
                            throw $TypeError(".cen.global.v1.GlobalFrame.chunk: object expected");
                        message.chunk = $root.cen.global.v1.Chunk.fromObject(object.chunk, _depth + 1);
                    }
                    if (object.refusal != null) {
                        if (!$util.isObject(object.refusal))
                            throw $TypeError(".cen.global.v1.GlobalFrame.refusal: object expected");
                        message.refusal = $root.cen.global.v1.Refusal.fromObject(object.refusal, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a GlobalFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.global.v1.GlobalFrame
                 * @static
                 * @param {cen.global.v1.GlobalFrame} message GlobalFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GlobalFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request")) {
                        object.request = $root.cen.global.v1.Request.toObject(message.request, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "request";
                    }
                    if (message.answer != null && $Object.hasOwnProperty.call(message, "answer")) {
                        object.answer = $root.cen.global.v1.Answer.toObject(message.answer, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "answer";
                    }
                    if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                        object.chunk = $root.cen.global.v1.Chunk.toObject(message.chunk, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "chunk";
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        object.refusal = $root.cen.global.v1.Refusal.toObject(message.refusal, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "refusal";
                    }
                    return object;
                };

                /**
                 * Converts this GlobalFrame to JSON.
                 * @function toJSON
                 * @memberof cen.global.v1.GlobalFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GlobalFrame.prototype.toJSON = function() {
                    return GlobalFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GlobalFrame
                 * @function getTypeUrl
                 * @memberof cen.global.v1.GlobalFrame
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GlobalFrame.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.global.v1.GlobalFrame";
                };

                return GlobalFrame;
            })();

            v1.Request = (function() {

                /**
                 * Properties of a Request.
                 * @typedef {Object} cen.global.v1.Request.$Properties
                 * @property {string} [id] Request id
                 * @property {string} [op] Request op
                 * @property {Uint8Array} [params] Request params
                 * @property {cen.global.v1.UserRef.$Properties} [user] Request user
                 * @property {number} [size] Request size
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Request.
                 * @memberof cen.global.v1
                 * @interface IRequest
                 * @augments cen.global.v1.Request.$Properties
                 * @deprecated Use cen.global.v1.Request.$Properties instead.
                 */

                /**
                 * Shape of a Request.
                 * @typedef {cen.global.v1.Request.$Properties} cen.global.v1.Request.$Shape
                 */

                /**
                 * Constructs a new Request.
                 * @memberof cen.global.v1
                 * @classdesc Represents a Request.
                 * @constructor
                 * @param {cen.global.v1.Request.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Request = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Request id.
                 * @member {string} id
                 * @memberof cen.global.v1.Request
                 * @instance
                 */
                Request.prototype.id = "";

                /**
                 * Request op.
                 * @member {string} op
                 * @memberof cen.global.v1.Request
                 * @instance
                 */
                Request.prototype.op = "";

                /**
                 * Request params.
                 * @member {Uint8Array} params
                 * @memberof cen.global.v1.Request
                 * @instance
                 */
                Request.prototype.params = $util.newBuffer([]);

                /**
                 * Request user.
                 * @member {cen.global.v1.UserRef} user
                 * @memberof cen.global.v1.Request
                 * @instance
                 */
                Request.prototype.user = null;

                /**
                 * Request size.
                 * @member {number} size
                 * @memberof cen.global.v1.Request
                 * @instance
                 */
                Request.prototype.size = 0;

                /**
                 * Creates a new Request instance using the specified properties.
                 * @function create
                 * @memberof cen.global.v1.Request
                 * @static
                 * @param {cen.global.v1.Request.$Properties=} [properties] Properties to set
                 * @returns {cen.global.v1.Request} Request instance
                 * @type {{
                 *   (properties: cen.global.v1.Request.$Shape): cen.global.v1.Request & cen.global.v1.Request.$Shape;
                 *   (properties?: cen.global.v1.Request.$Properties): cen.global.v1.Request;
                 * }}
                 */
                Request.create = function(properties) {
                    return new Request(properties);
                };

                /**
                 * Encodes the specified Request message. Does not implicitly {@link cen.global.v1.Request.verify|verify} messages.
                 * @function encode
                 * @memberof cen.global.v1.Request
                 * @static
                 * @param {cen.global.v1.Request.$Properties} message Request message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Request.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.op);
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params") && message.params.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.params);
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                        $root.cen.global.v1.UserRef.encode(message.user, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size") && message.size !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.size);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Request message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.global.v1.Request
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.global.v1.Request & cen.global.v1.Request.$Shape} Request
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Request.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.global.v1.Request();
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
                                    message.op = value;
                                else
                                    delete message.op;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.params = value;
                                else
                                    delete message.params;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.user = $root.cen.global.v1.UserRef.decode(reader, reader.size(), $undefined, _depth + 1, message.user);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.size = value;
                                else
                                    delete message.size;
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
                 * Verifies a Request message.
                 * @function verify
                 * @memberof cen.global.v1.Request
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Request.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                        if (!$util.isString(message.op))
                            return "op: string expected";
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        if (!(message.params && typeof message.params.length === "number" || $util.isString(message.params)))
                            return "params: buffer expected";
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user")) {
                        let error = $root.cen.global.v1.UserRef.verify(message.user, _depth + 1);
                        if (error)
                            return "user." + error;
                    }
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                        if (!$util.isInteger(message.size))
                            return "size: integer expected";
                    return null;
                };

                /**
                 * Creates a Request message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.global.v1.Request
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.global.v1.Request} Request
                 */
                Request.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.global.v1.Request)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.global.v1.Request: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.global.v1.Request();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.op != null)
                        if (typeof object.op !== "string" || object.op.length)
                            message.op = $String(object.op);
                    if (object.params != null)
                        if (object.params.length)
                            if (typeof object.params === "string")
                                $util.base64.decode(object.params, message.params = $util.newBuffer($util.base64.length(object.params)), 0);
                            else if (object.params.length >= 0)
                                message.params = object.params;
                    if (object.user != null) {
                        if (!$util.isObject(object.user))
                            throw $TypeError(".cen.global.v1.Request.user: object expected");
                        message.user = $root.cen.global.v1.UserRef.fromObject(object.user, _depth + 1);
                    }
                    if (object.size != null)
                        if ($Number(object.size) !== 0)
                            message.size = object.size >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Request message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.global.v1.Request
                 * @static
                 * @param {cen.global.v1.Request} message Request
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Request.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.op = "";
                        if (options.bytes === $String)
                            object.params = "";
                        else {
                            object.params = [];
                            if (options.bytes !== $Array)
                                object.params = $util.newBuffer(object.params);
                        }
                        object.user = null;
                        object.size = 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                        object.op = message.op;
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = options.bytes === $String ? $util.base64.encode(message.params, 0, message.params.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.params) : message.params;
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                        object.user = $root.cen.global.v1.UserRef.toObject(message.user, options, _depth + 1);
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                        object.size = message.size;
                    return object;
                };

                /**
                 * Converts this Request to JSON.
                 * @function toJSON
                 * @memberof cen.global.v1.Request
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Request.prototype.toJSON = function() {
                    return Request.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Request
                 * @function getTypeUrl
                 * @memberof cen.global.v1.Request
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Request.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.global.v1.Request";
                };

                return Request;
            })();

            v1.UserRef = (function() {

                /**
                 * Properties of a UserRef.
                 * @typedef {Object} cen.global.v1.UserRef.$Properties
                 * @property {string} [ref] UserRef ref
                 * @property {string} [role] UserRef role
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserRef.
                 * @memberof cen.global.v1
                 * @interface IUserRef
                 * @augments cen.global.v1.UserRef.$Properties
                 * @deprecated Use cen.global.v1.UserRef.$Properties instead.
                 */

                /**
                 * Shape of a UserRef.
                 * @typedef {cen.global.v1.UserRef.$Properties} cen.global.v1.UserRef.$Shape
                 */

                /**
                 * Constructs a new UserRef.
                 * @memberof cen.global.v1
                 * @classdesc Represents a UserRef.
                 * @constructor
                 * @param {cen.global.v1.UserRef.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UserRef = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UserRef ref.
                 * @member {string} ref
                 * @memberof cen.global.v1.UserRef
                 * @instance
                 */
                UserRef.prototype.ref = "";

                /**
                 * UserRef role.
                 * @member {string} role
                 * @memberof cen.global.v1.UserRef
                 * @instance
                 */
                UserRef.prototype.role = "";

                /**
                 * Creates a new UserRef instance using the specified properties.
                 * @function create
                 * @memberof cen.global.v1.UserRef
                 * @static
                 * @param {cen.global.v1.UserRef.$Properties=} [properties] Properties to set
                 * @returns {cen.global.v1.UserRef} UserRef instance
                 * @type {{
                 *   (properties: cen.global.v1.UserRef.$Shape): cen.global.v1.UserRef & cen.global.v1.UserRef.$Shape;
                 *   (properties?: cen.global.v1.UserRef.$Properties): cen.global.v1.UserRef;
                 * }}
                 */
                UserRef.create = function(properties) {
                    return new UserRef(properties);
                };

                /**
                 * Encodes the specified UserRef message. Does not implicitly {@link cen.global.v1.UserRef.verify|verify} messages.
                 * @function encode
                 * @memberof cen.global.v1.UserRef
                 * @static
                 * @param {cen.global.v1.UserRef.$Properties} message UserRef message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserRef.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.ref);
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a UserRef message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.global.v1.UserRef
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.global.v1.UserRef & cen.global.v1.UserRef.$Shape} UserRef
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserRef.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.global.v1.UserRef();
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
                                    message.ref = value;
                                else
                                    delete message.ref;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.role = value;
                                else
                                    delete message.role;
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
                 * Verifies a UserRef message.
                 * @function verify
                 * @memberof cen.global.v1.UserRef
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                UserRef.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                        if (!$util.isString(message.ref))
                            return "ref: string expected";
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        if (!$util.isString(message.role))
                            return "role: string expected";
                    return null;
                };

                /**
                 * Creates a UserRef message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.global.v1.UserRef
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.global.v1.UserRef} UserRef
                 */
                UserRef.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.global.v1.UserRef)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.global.v1.UserRef: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.global.v1.UserRef();
                    if (object.ref != null)
                        if (typeof object.ref !== "string" || object.ref.length)
                            message.ref = $String(object.ref);
                    if (object.role != null)
                        if (typeof object.role !== "string" || object.role.length)
                            message.role = $String(object.role);
                    return message;
                };

                /**
                 * Creates a plain object from a UserRef message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.global.v1.UserRef
                 * @static
                 * @param {cen.global.v1.UserRef} message UserRef
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UserRef.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.ref = "";
                        object.role = "";
                    }
                    if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                        object.ref = message.ref;
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        object.role = message.role;
                    return object;
                };

                /**
                 * Converts this UserRef to JSON.
                 * @function toJSON
                 * @memberof cen.global.v1.UserRef
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UserRef.prototype.toJSON = function() {
                    return UserRef.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for UserRef
                 * @function getTypeUrl
                 * @memberof cen.global.v1.UserRef
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UserRef.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.global.v1.UserRef";
                };

                return UserRef;
            })();

            v1.Answer = (function() {

                /**
                 * Properties of an Answer.
                 * @typedef {Object} cen.global.v1.Answer.$Properties
                 * @property {string} [requestId] Answer requestId
                 * @property {string} [type] Answer type
                 * @property {number} [size] Answer size
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Answer.
                 * @memberof cen.global.v1
                 * @interface IAnswer
                 * @augments cen.global.v1.Answer.$Properties
                 * @deprecated Use cen.global.v1.Answer.$Properties instead.
                 */

                /**
                 * Shape of an Answer.
                 * @typedef {cen.global.v1.Answer.$Properties} cen.global.v1.Answer.$Shape
                 */

                /**
                 * Constructs a new Answer.
                 * @memberof cen.global.v1
                 * @classdesc Represents an Answer.
                 * @constructor
                 * @param {cen.global.v1.Answer.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Answer = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Answer requestId.
                 * @member {string} requestId
                 * @memberof cen.global.v1.Answer
                 * @instance
                 */
                Answer.prototype.requestId = "";

                /**
                 * Answer type.
                 * @member {string} type
                 * @memberof cen.global.v1.Answer
                 * @instance
                 */
                Answer.prototype.type = "";

                /**
                 * Answer size.
                 * @member {number} size
                 * @memberof cen.global.v1.Answer
                 * @instance
                 */
                Answer.prototype.size = 0;

                /**
                 * Creates a new Answer instance using the specified properties.
                 * @function create
                 * @memberof cen.global.v1.Answer
                 * @static
                 * @param {cen.global.v1.Answer.$Properties=} [properties] Properties to set
                 * @returns {cen.global.v1.Answer} Answer instance
                 * @type {{
                 *   (properties: cen.global.v1.Answer.$Shape): cen.global.v1.Answer & cen.global.v1.Answer.$Shape;
                 *   (properties?: cen.global.v1.Answer.$Properties): cen.global.v1.Answer;
                 * }}
                 */
                Answer.create = function(properties) {
                    return new Answer(properties);
                };

                /**
                 * Encodes the specified Answer message. Does not implicitly {@link cen.global.v1.Answer.verify|verify} messages.
                 * @function encode
                 * @memberof cen.global.v1.Answer
                 * @static
                 * @param {cen.global.v1.Answer.$Properties} message Answer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Answer.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size") && message.size !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.size);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Answer message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.global.v1.Answer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.global.v1.Answer & cen.global.v1.Answer.$Shape} Answer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Answer.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.global.v1.Answer();
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
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.size = value;
                                else
                                    delete message.size;
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
                 * Verifies an Answer message.
                 * @function verify
                 * @memberof cen.global.v1.Answer
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Answer.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        if (!$util.isString(message.requestId))
                            return "requestId: string expected";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                        if (!$util.isInteger(message.size))
                            return "size: integer expected";
                    return null;
                };

                /**
                 * Creates an Answer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.global.v1.Answer
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.global.v1.Answer} Answer
                 */
                Answer.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.global.v1.Answer)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.global.v1.Answer: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.global.v1.Answer();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    if (object.type != null)
                        if (typeof object.type !== "string" || object.type.length)
                            message.type = $String(object.type);
                    if (object.size != null)
                        if ($Number(object.size) !== 0)
                            message.size = object.size >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from an Answer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.global.v1.Answer
                 * @static
                 * @param {cen.global.v1.Answer} message Answer
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Answer.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.requestId = "";
                        object.type = "";
                        object.size = 0;
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                        object.size = message.size;
                    return object;
                };

                /**
                 * Converts this Answer to JSON.
                 * @function toJSON
                 * @memberof cen.global.v1.Answer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Answer.prototype.toJSON = function() {
                    return Answer.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Answer
                 * @function getTypeUrl
                 * @memberof cen.global.v1.Answer
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Answer.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.global.v1.Answer";
                };

                return Answer;
            })();

            v1.Chunk = (function() {

                /**
                 * Properties of a Chunk.
                 * @typedef {Object} cen.global.v1.Chunk.$Properties
                 * @property {Uint8Array} [data] Chunk data
                 * @property {boolean} [last] Chunk last
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Chunk.
                 * @memberof cen.global.v1
                 * @interface IChunk
                 * @augments cen.global.v1.Chunk.$Properties
                 * @deprecated Use cen.global.v1.Chunk.$Properties instead.
                 */

                /**
                 * Shape of a Chunk.
                 * @typedef {cen.global.v1.Chunk.$Properties} cen.global.v1.Chunk.$Shape
                 */

                /**
                 * Constructs a new Chunk.
                 * @memberof cen.global.v1
                 * @classdesc Represents a Chunk.
                 * @constructor
                 * @param {cen.global.v1.Chunk.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Chunk = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Chunk data.
                 * @member {Uint8Array} data
                 * @memberof cen.global.v1.Chunk
                 * @instance
                 */
                Chunk.prototype.data = $util.newBuffer([]);

                /**
                 * Chunk last.
                 * @member {boolean} last
                 * @memberof cen.global.v1.Chunk
                 * @instance
                 */
                Chunk.prototype.last = false;

                /**
                 * Creates a new Chunk instance using the specified properties.
                 * @function create
                 * @memberof cen.global.v1.Chunk
                 * @static
                 * @param {cen.global.v1.Chunk.$Properties=} [properties] Properties to set
                 * @returns {cen.global.v1.Chunk} Chunk instance
                 * @type {{
                 *   (properties: cen.global.v1.Chunk.$Shape): cen.global.v1.Chunk & cen.global.v1.Chunk.$Shape;
                 *   (properties?: cen.global.v1.Chunk.$Properties): cen.global.v1.Chunk;
                 * }}
                 */
                Chunk.create = function(properties) {
                    return new Chunk(properties);
                };

                /**
                 * Encodes the specified Chunk message. Does not implicitly {@link cen.global.v1.Chunk.verify|verify} messages.
                 * @function encode
                 * @memberof cen.global.v1.Chunk
                 * @static
                 * @param {cen.global.v1.Chunk.$Properties} message Chunk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Chunk.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                    if (message.last != null && $Object.hasOwnProperty.call(message, "last") && message.last !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.last);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Chunk message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.global.v1.Chunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.global.v1.Chunk & cen.global.v1.Chunk.$Shape} Chunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Chunk.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.global.v1.Chunk();
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
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.last = value;
                                else
                                    delete message.last;
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
                 * Verifies a Chunk message.
                 * @function verify
                 * @memberof cen.global.v1.Chunk
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Chunk.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                            return "data: buffer expected";
                    if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                        if (typeof message.last !== "boolean")
                            return "last: boolean expected";
                    return null;
                };

                /**
                 * Creates a Chunk message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.global.v1.Chunk
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.global.v1.Chunk} Chunk
                 */
                Chunk.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.global.v1.Chunk)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.global.v1.Chunk: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.global.v1.Chunk();
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    if (object.last != null)
                        if (object.last)
                            message.last = $Boolean(object.last);
                    return message;
                };

                /**
                 * Creates a plain object from a Chunk message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.global.v1.Chunk
                 * @static
                 * @param {cen.global.v1.Chunk} message Chunk
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Chunk.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                        object.last = false;
                    }
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                        object.last = message.last;
                    return object;
                };

                /**
                 * Converts this Chunk to JSON.
                 * @function toJSON
                 * @memberof cen.global.v1.Chunk
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Chunk.prototype.toJSON = function() {
                    return Chunk.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Chunk
                 * @function getTypeUrl
                 * @memberof cen.global.v1.Chunk
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Chunk.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.global.v1.Chunk";
                };

                return Chunk;
            })();

            v1.Refusal = (function() {

                /**
                 * Properties of a Refusal.
                 * @typedef {Object} cen.global.v1.Refusal.$Properties
                 * @property {string} [code] Refusal code
                 * @property {string} [message] Refusal message
                 * @property {Uint8Array} [details] Refusal details
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Refusal.
                 * @memberof cen.global.v1
                 * @interface IRefusal
                 * @augments cen.global.v1.Refusal.$Properties
                 * @deprecated Use cen.global.v1.Refusal.$Properties instead.
                 */

                /**
                 * Shape of a Refusal.
                 * @typedef {cen.global.v1.Refusal.$Properties} cen.global.v1.Refusal.$Shape
                 */

                /**
                 * Constructs a new Refusal.
                 * @memberof cen.global.v1
                 * @classdesc Represents a Refusal.
                 * @constructor
                 * @param {cen.global.v1.Refusal.$Properties=} [properties] Properties to set
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
                 * @memberof cen.global.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.code = "";

                /**
                 * Refusal message.
                 * @member {string} message
                 * @memberof cen.global.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.message = "";

                /**
                 * Refusal details.
                 * @member {Uint8Array} details
                 * @memberof cen.global.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.details = $util.newBuffer([]);

                /**
                 * Creates a new Refusal instance using the specified properties.
                 * @function create
                 * @memberof cen.global.v1.Refusal
                 * @static
                 * @param {cen.global.v1.Refusal.$Properties=} [properties] Properties to set
                 * @returns {cen.global.v1.Refusal} Refusal instance
                 * @type {{
                 *   (properties: cen.global.v1.Refusal.$Shape): cen.global.v1.Refusal & cen.global.v1.Refusal.$Shape;
                 *   (properties?: cen.global.v1.Refusal.$Properties): cen.global.v1.Refusal;
                 * }}
                 */
                Refusal.create = function(properties) {
                    return new Refusal(properties);
                };

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.global.v1.Refusal.verify|verify} messages.
                 * @function encode
                 * @memberof cen.global.v1.Refusal
                 * @static
                 * @param {cen.global.v1.Refusal.$Properties} message Refusal message or plain object to encode
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
                    if (message.details != null && $Object.hasOwnProperty.call(message, "details") && message.details.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.details);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Refusal message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.global.v1.Refusal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.global.v1.Refusal & cen.global.v1.Refusal.$Shape} Refusal
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
                    message = _target || new $root.cen.global.v1.Refusal();
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
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.details = value;
                                else
                                    delete message.details;
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
                 * @memberof cen.global.v1.Refusal
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
                    if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                        if (!(message.details && typeof message.details.length === "number" || $util.isString(message.details)))
                            return "details: buffer expected";
                    return null;
                };

                /**
                 * Creates a Refusal message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.global.v1.Refusal
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.global.v1.Refusal} Refusal
                 */
                Refusal.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.global.v1.Refusal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.global.v1.Refusal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.global.v1.Refusal();
                    if (object.code != null)
                        if (typeof object.code !== "string" || object.code.length)
                            message.code = $String(object.code);
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    if (object.details != null)
                        if (object.details.length)
                            if (typeof object.details === "string")
                                $util.base64.decode(object.details, message.details = $util.newBuffer($util.base64.length(object.details)), 0);
                            else if (object.details.length >= 0)
                                message.details = object.details;
                    return message;
                };

                /**
                 * Creates a plain object from a Refusal message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.global.v1.Refusal
                 * @static
                 * @param {cen.global.v1.Refusal} message Refusal
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
                        if (options.bytes === $String)
                            object.details = "";
                        else {
                            object.details = [];
                            if (options.bytes !== $Array)
                                object.details = $util.newBuffer(object.details);
                        }
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                        object.details = options.bytes === $String ? $util.base64.encode(message.details, 0, message.details.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.details) : message.details;
                    return object;
                };

                /**
                 * Converts this Refusal to JSON.
                 * @function toJSON
                 * @memberof cen.global.v1.Refusal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Refusal.prototype.toJSON = function() {
                    return Refusal.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Refusal
                 * @function getTypeUrl
                 * @memberof cen.global.v1.Refusal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Refusal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.global.v1.Refusal";
                };

                return Refusal;
            })();

            return v1;
        })();

        return global;
    })();

    return cen;
})();

export {
  $root as default
};
