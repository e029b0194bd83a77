/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number;

// Exported root namespace
const $root = $protobuf.roots["query"] || ($protobuf.roots["query"] = {});

export const cen = $root.cen = (() => {

    /**
     * Namespace cen.
     * @exports cen
     * @namespace
     */
    const cen = {};

    cen.query = (function() {

        /**
         * Namespace query.
         * @memberof cen
         * @namespace
         */
        const query = {};

        query.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cen.query
             * @namespace
             */
            const v1 = {};

            v1.QueryFrame = (function() {

                /**
                 * Properties of a QueryFrame.
                 * @typedef {Object} cen.query.v1.QueryFrame.$Properties
                 * @property {cen.query.v1.Query.$Properties|null} [query] QueryFrame query
                 * @property {cen.query.v1.Answer.$Properties|null} [answer] QueryFrame answer
                 * @property {cen.query.v1.Refusal.$Properties|null} [refusal] QueryFrame refusal
                 * @property {"query"|"answer"|"refusal"} [body] QueryFrame body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryFrame.
                 * @memberof cen.query.v1
                 * @interface IQueryFrame
                 * @augments cen.query.v1.QueryFrame.$Properties
                 * @deprecated Use cen.query.v1.QueryFrame.$Properties instead.
                 */

                /**
                 * Narrowed shape of a QueryFrame.
                 * @typedef {{
                 *   query?: cen.query.v1.Query.$Shape|null;
                 *   answer?: cen.query.v1.Answer.$Shape|null;
                 *   refusal?: cen.query.v1.Refusal.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; query?: null; answer?: null; refusal?: null }|{ body?: "query"; query: cen.query.v1.Query.$Shape; answer?: null; refusal?: null }|{ body?: "answer"; query?: null; answer: cen.query.v1.Answer.$Shape; refusal?: null }|{ body?: "refusal"; query?: null; answer?: null; refusal: cen.query.v1.Refusal.$Shape })
                 * )} cen.query.v1.QueryFrame.$Shape
                 */

                /**
                 * Constructs a new QueryFrame.
                 * @memberof cen.query.v1
                 * @classdesc Represents a QueryFrame.
                 * @constructor
                 * @param {cen.query.v1.QueryFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryFrame query.
                 * @member {cen.query.v1.Query|null} query
                 * @memberof cen.query.v1.QueryFrame
                 * @instance
                 */
                QueryFrame.prototype.query = null;

                /**
                 * QueryFrame answer.
                 * @member {cen.query.v1.Answer|null} answer
                 * @memberof cen.query.v1.QueryFrame
                 * @instance
                 */
                QueryFrame.prototype.answer = null;

                /**
                 * QueryFrame refusal.
                 * @member {cen.query.v1.Refusal|null} refusal
                 * @memberof cen.query.v1.QueryFrame
                 * @instance
                 */
                QueryFrame.prototype.refusal = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * QueryFrame body.
                 * @member {"query"|"answer"|"refusal"|undefined} body
                 * @memberof cen.query.v1.QueryFrame
                 * @instance
                 */
                $Object.defineProperty(QueryFrame.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["query", "answer", "refusal"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new QueryFrame instance using the specified properties.
                 * @function create
                 * @memberof cen.query.v1.QueryFrame
                 * @static
                 * @param {cen.query.v1.QueryFrame.$Properties=} [properties] Properties to set
                 * @returns {cen.query.v1.QueryFrame} QueryFrame instance
                 * @type {{
                 *   (properties: cen.query.v1.QueryFrame.$Shape): cen.query.v1.QueryFrame & cen.query.v1.QueryFrame.$Shape;
                 *   (properties?: cen.query.v1.QueryFrame.$Properties): cen.query.v1.QueryFrame;
                 * }}
                 */
                QueryFrame.create = function(properties) {
                    return new QueryFrame(properties);
                };

                /**
                 * Encodes the specified QueryFrame message. Does not implicitly {@link cen.query.v1.QueryFrame.verify|verify} messages.
                 * @function encode
                 * @memberof cen.query.v1.QueryFrame
                 * @static
                 * @param {cen.query.v1.QueryFrame.$Properties} message QueryFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                        $root.cen.query.v1.Query.encode(message.query, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.answer != null && $Object.hasOwnProperty.call(message, "answer"))
                        $root.cen.query.v1.Answer.encode(message.answer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal"))
                        $root.cen.query.v1.Refusal.encode(message.refusal, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.query.v1.QueryFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.query.v1.QueryFrame & cen.query.v1.QueryFrame.$Shape} QueryFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryFrame.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.query.v1.QueryFrame();
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
                                message.query = $root.cen.query.v1.Query.decode(reader, reader.size(), $undefined, _depth + 1, message.query);
                                message.body = "query";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.answer = $root.cen.query.v1.Answer.decode(reader, reader.size(), $undefined, _depth + 1, message.answer);
                                message.body = "answer";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.refusal = $root.cen.query.v1.Refusal.decode(reader, reader.size(), $undefined, _depth + 1, message.refusal);
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
                 * Verifies a QueryFrame message.
                 * @function verify
                 * @memberof cen.query.v1.QueryFrame
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                QueryFrame.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.query != null && $Object.hasOwnProperty.call(message, "query")) {
                        properties.body = 1;
                        {
                            let error = $root.cen.query.v1.Query.verify(message.query, _depth + 1);
                            if (error)
                                return "query." + error;
                        }
                    }
                    if (message.answer != null && $Object.hasOwnProperty.call(message, "answer")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.query.v1.Answer.verify(message.answer, _depth + 1);
                            if (error)
                                return "answer." + error;
                        }
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.query.v1.Refusal.verify(message.refusal, _depth + 1);
                            if (error)
                                return "refusal." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a QueryFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.query.v1.QueryFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.query.v1.QueryFrame} QueryFrame
                 */
                QueryFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.query.v1.QueryFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.query.v1.QueryFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.query.v1.QueryFrame();
                    if (object.query != null) {
                        if (!$util.isObject(object.query))
                            throw $TypeError(".cen.query.v1.QueryFrame.query: object expected");
                        message.query = $root.cen.query.v1.Query.fromObject(object.query, _depth + 1);
                    }
                    if (object.answer != null) {
                        if (!$util.isObject(object.answer))
                            throw $TypeError(".cen.query.v1.QueryFrame.answer: object expected");
                        message.answer = $root.cen.query.v1.Answer.fromObject(object.answer, _depth + 1);
                    }
                    if (object.refusal != null) {
                        if (!$util.isObject(object.refusal))
                            throw $TypeError(".cen.query.v1.QueryFrame.refusal: object expected");
                        message.refusal = $root.cen.query.v1.Refusal.fromObject(object.refusal, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.query.v1.QueryFrame
                 * @static
                 * @param {cen.query.v1.QueryFrame} message QueryFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.query != null && $Object.hasOwnProperty.call(message, "query")) {
                        object.query = $root.cen.query.v1.Query.toObject(message.query, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "query";
                    }
                    if (message.answer != null && $Object.hasOwnProperty.call(message, "answer")) {
                        object.answer = $root.cen.query.v1.Answer.toObject(message.answer, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "answer";
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        object.refusal = $root.cen.query.v1.Refusal.toObject(message.refusal, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "refusal";
                    }
                    return object;
                };

                /**
                 * Converts this QueryFrame to JSON.
                 * @function toJSON
                 * @memberof cen.query.v1.QueryFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryFrame.prototype.toJSON = function() {
                    return QueryFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryFrame
                 * @function getTypeUrl
                 * @memberof cen.query.v1.QueryFrame
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryFrame.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.query.v1.QueryFrame";
                };

                return QueryFrame;
            })();

            v1.Query = (function() {

                /**
                 * Properties of a Query.
                 * @typedef {Object} cen.query.v1.Query.$Properties
                 * @property {string} [id] Query id
                 * @property {string} [identifierType] Query identifierType
                 * @property {string} [value] Query value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Query.
                 * @memberof cen.query.v1
                 * @interface IQuery
                 * @augments cen.query.v1.Query.$Properties
                 * @deprecated Use cen.query.v1.Query.$Properties instead.
                 */

                /**
                 * Shape of a Query.
                 * @typedef {cen.query.v1.Query.$Properties} cen.query.v1.Query.$Shape
                 */

                /**
                 * Constructs a new Query.
                 * @memberof cen.query.v1
                 * @classdesc Represents a Query.
                 * @constructor
                 * @param {cen.query.v1.Query.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Query = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Query id.
                 * @member {string} id
                 * @memberof cen.query.v1.Query
                 * @instance
                 */
                Query.prototype.id = "";

                /**
                 * Query identifierType.
                 * @member {string} identifierType
                 * @memberof cen.query.v1.Query
                 * @instance
                 */
                Query.prototype.identifierType = "";

                /**
                 * Query value.
                 * @member {string} value
                 * @memberof cen.query.v1.Query
                 * @instance
                 */
                Query.prototype.value = "";

                /**
                 * Creates a new Query instance using the specified properties.
                 * @function create
                 * @memberof cen.query.v1.Query
                 * @static
                 * @param {cen.query.v1.Query.$Properties=} [properties] Properties to set
                 * @returns {cen.query.v1.Query} Query instance
                 * @type {{
                 *   (properties: cen.query.v1.Query.$Shape): cen.query.v1.Query & cen.query.v1.Query.$Shape;
                 *   (properties?: cen.query.v1.Query.$Properties): cen.query.v1.Query;
                 * }}
                 */
                Query.create = function(properties) {
                    return new Query(properties);
                };

                /**
                 * Encodes the specified Query message. Does not implicitly {@link cen.query.v1.Query.verify|verify} messages.
                 * @function encode
                 * @memberof cen.query.v1.Query
                 * @static
                 * @param {cen.query.v1.Query.$Properties} message Query message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Query.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.identifierType != null && $Object.hasOwnProperty.call(message, "identifierType") && message.identifierType !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.identifierType);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Query message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.query.v1.Query
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.query.v1.Query & cen.query.v1.Query.$Shape} Query
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Query.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.query.v1.Query();
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
                                    message.identifierType = value;
                                else
                                    delete message.identifierType;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.value = value;
                                else
                                    delete message.value;
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
                 * Verifies a Query message.
                 * @function verify
                 * @memberof cen.query.v1.Query
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Query.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.identifierType != null && $Object.hasOwnProperty.call(message, "identifierType"))
                        if (!$util.isString(message.identifierType))
                            return "identifierType: string expected";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!$util.isString(message.value))
                            return "value: string expected";
                    return null;
                };

                /**
                 * Creates a Query message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.query.v1.Query
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.query.v1.Query} Query
                 */
                Query.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.query.v1.Query)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.query.v1.Query: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.query.v1.Query();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.identifierType != null)
                        if (typeof object.identifierType !== "string" || object.identifierType.length)
                            message.identifierType = $String(object.identifierType);
                    if (object.value != null)
                        if (typeof object.value !== "string" || object.value.length)
                            message.value = $String(object.value);
                    return message;
                };

                /**
                 * Creates a plain object from a Query message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.query.v1.Query
                 * @static
                 * @param {cen.query.v1.Query} message Query
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Query.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.identifierType = "";
                        object.value = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.identifierType != null && $Object.hasOwnProperty.call(message, "identifierType"))
                        object.identifierType = message.identifierType;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = message.value;
                    return object;
                };

                /**
                 * Converts this Query to JSON.
                 * @function toJSON
                 * @memberof cen.query.v1.Query
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Query.prototype.toJSON = function() {
                    return Query.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Query
                 * @function getTypeUrl
                 * @memberof cen.query.v1.Query
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Query.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.query.v1.Query";
                };

                return Query;
            })();

            v1.Answer = (function() {

                /**
                 * Properties of an Answer.
                 * @typedef {Object} cen.query.v1.Answer.$Properties
                 * @property {string} [queryId] Answer queryId
                 * @property {boolean} [hit] Answer hit
                 * @property {number} [matches] Answer matches
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Answer.
                 * @memberof cen.query.v1
                 * @interface IAnswer
                 * @augments cen.query.v1.Answer.$Properties
                 * @deprecated Use cen.query.v1.Answer.$Properties instead.
                 */

                /**
                 * Shape of an Answer.
                 * @typedef {cen.query.v1.Answer.$Properties} cen.query.v1.Answer.$Shape
                 */

                /**
                 * Constructs a new Answer.
                 * @memberof cen.query.v1
                 * @classdesc Represents an Answer.
                 * @constructor
                 * @param {cen.query.v1.Answer.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Answer = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Answer queryId.
                 * @member {string} queryId
                 * @memberof cen.query.v1.Answer
                 * @instance
                 */
                Answer.prototype.queryId = "";

                /**
                 * Answer hit.
                 * @member {boolean} hit
                 * @memberof cen.query.v1.Answer
                 * @instance
                 */
                Answer.prototype.hit = false;

                /**
                 * Answer matches.
                 * @member {number} matches
                 * @memberof cen.query.v1.Answer
                 * @instance
                 */
                Answer.prototype.matches = 0;

                /**
                 * Creates a new Answer instance using the specified properties.
                 * @function create
                 * @memberof cen.query.v1.Answer
                 * @static
                 * @param {cen.query.v1.Answer.$Properties=} [properties] Properties to set
                 * @returns {cen.query.v1.Answer} Answer instance
                 * @type {{
                 *   (properties: cen.query.v1.Answer.$Shape): cen.query.v1.Answer & cen.query.v1.Answer.$Shape;
                 *   (properties?: cen.query.v1.Answer.$Properties): cen.query.v1.Answer;
                 * }}
                 */
                Answer.create = function(properties) {
                    return new Answer(properties);
                };

                /**
                 * Encodes the specified Answer message. Does not implicitly {@link cen.query.v1.Answer.verify|verify} messages.
                 * @function encode
                 * @memberof cen.query.v1.Answer
                 * @static
                 * @param {cen.query.v1.Answer.$Properties} message Answer message or plain object to encode
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
                    if (message.queryId != null && $Object.hasOwnProperty.call(message, "queryId") && message.queryId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.queryId);
                    if (message.hit != null && $Object.hasOwnProperty.call(message, "hit") && message.hit !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.hit);
                    if (message.matches != null && $Object.hasOwnProperty.call(message, "matches") && message.matches !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.matches);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Answer message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.query.v1.Answer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.query.v1.Answer & cen.query.v1.Answer.$Shape} Answer
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
                    message = _target || new $root.cen.query.v1.Answer();
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
                                    message.queryId = value;
                                else
                                    delete message.queryId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.hit = value;
                                else
                                    delete message.hit;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.matches = value;
                                else
                                    delete message.matches;
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
                 * @memberof cen.query.v1.Answer
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
                    if (message.queryId != null && $Object.hasOwnProperty.call(message, "queryId"))
                        if (!$util.isString(message.queryId))
                            return "queryId: string expected";
                    if (message.hit != null && $Object.hasOwnProperty.call(message, "hit"))
                        if (typeof message.hit !== "boolean")
                            return "hit: boolean expected";
                    if (message.matches != null && $Object.hasOwnProperty.call(message, "matches"))
                        if (!$util.isInteger(message.matches))
                            return "matches: integer expected";
                    return null;
                };

                /**
                 * Creates an Answer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.query.v1.Answer
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.query.v1.Answer} Answer
                 */
                Answer.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.query.v1.Answer)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.query.v1.Answer: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.query.v1.Answer();
                    if (object.queryId != null)
                        if (typeof object.queryId !== "string" || object.queryId.length)
                            message.queryId = $String(object.queryId);
                    if (object.hit != null)
                        if (object.hit)
                            message.hit = $Boolean(object.hit);
                    if (object.matches != null)
                        if ($Number(object.matches) !== 0)
                            message.matches = object.matches >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from an Answer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.query.v1.Answer
                 * @static
                 * @param {cen.query.v1.Answer} message Answer
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
                        object.queryId = "";
                        object.hit = false;
                        object.matches = 0;
                    }
                    if (message.queryId != null && $Object.hasOwnProperty.call(message, "queryId"))
                        object.queryId = message.queryId;
                    if (message.hit != null && $Object.hasOwnProperty.call(message, "hit"))
                        object.hit = message.hit;
                    if (message.matches != null && $Object.hasOwnProperty.call(message, "matches"))
                        object.matches = message.matches;
                    return object;
                };

                /**
                 * Converts this Answer to JSON.
                 * @function toJSON
                 * @memberof cen.query.v1.Answer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Answer.prototype.toJSON = function() {
                    return Answer.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Answer
                 * @function getTypeUrl
                 * @memberof cen.query.v1.Answer
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Answer.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.query.v1.Answer";
                };

                return Answer;
            })();

            v1.Refusal = (function() {

                /**
                 * Properties of a Refusal.
                 * @typedef {Object} cen.query.v1.Refusal.$Properties
                 * @property {string} [code] Refusal code
                 * @property {string} [message] Refusal message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Refusal.
                 * @memberof cen.query.v1
                 * @interface IRefusal
                 * @augments cen.query.v1.Refusal.$Properties
                 * @deprecated Use cen.query.v1.Refusal.$Properties instead.
                 */

                /**
                 * Shape of a Refusal.
                 * @typedef {cen.query.v1.Refusal.$Properties} cen.query.v1.Refusal.$Shape
                 */

                /**
                 * Constructs a new Refusal.
                 * @memberof cen.query.v1
                 * @classdesc Represents a Refusal.
                 * @constructor
                 * @param {cen.query.v1.Refusal.$Properties=} [properties] Properties to set
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
                 * @memberof cen.query.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.code = "";

                /**
                 * Refusal message.
                 * @member {string} message
                 * @memberof cen.query.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.message = "";

                /**
                 * Creates a new Refusal instance using the specified properties.
                 * @function create
                 * @memberof cen.query.v1.Refusal
                 * @static
                 * @param {cen.query.v1.Refusal.$Properties=} [properties] Properties to set
                 * @returns {cen.query.v1.Refusal} Refusal instance
                 * @type {{
                 *   (properties: cen.query.v1.Refusal.$Shape): cen.query.v1.Refusal & cen.query.v1.Refusal.$Shape;
                 *   (properties?: cen.query.v1.Refusal.$Properties): cen.query.v1.Refusal;
                 * }}
                 */
                Refusal.create = function(properties) {
                    return new Refusal(properties);
                };

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.query.v1.Refusal.verify|verify} messages.
                 * @function encode
                 * @memberof cen.query.v1.Refusal
                 * @static
                 * @param {cen.query.v1.Refusal.$Properties} message Refusal message or plain object to encode
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
                 * @memberof cen.query.v1.Refusal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.query.v1.Refusal & cen.query.v1.Refusal.$Shape} Refusal
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
                    message = _target || new $root.cen.query.v1.Refusal();
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
                 * @memberof cen.query.v1.Refusal
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
                 * @memberof cen.query.v1.Refusal
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.query.v1.Refusal} Refusal
                 */
                Refusal.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.query.v1.Refusal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.query.v1.Refusal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.query.v1.Refusal();
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
                 * @memberof cen.query.v1.Refusal
                 * @static
                 * @param {cen.query.v1.Refusal} message Refusal
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
                 * @memberof cen.query.v1.Refusal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Refusal.prototype.toJSON = function() {
                    return Refusal.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Refusal
                 * @function getTypeUrl
                 * @memberof cen.query.v1.Refusal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Refusal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.query.v1.Refusal";
                };

                return Refusal;
            })();

            return v1;
        })();

        return query;
    })();

    return cen;
})();

export {
  $root as default
};
