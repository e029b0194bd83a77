/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Array = $util.global.Array, $String = $util.global.String, $Number = $util.global.Number;

// Exported root namespace
const $root = $protobuf.roots["watchlists"] || ($protobuf.roots["watchlists"] = {});

export const cen = $root.cen = (() => {

    /**
     * Namespace cen.
     * @exports cen
     * @namespace
     */
    const cen = {};

    cen.watchlists = (function() {

        /**
         * Namespace watchlists.
         * @memberof cen
         * @namespace
         */
        const watchlists = {};

        watchlists.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cen.watchlists
             * @namespace
             */
            const v1 = {};

            v1.WatchlistFrame = (function() {

                /**
                 * Properties of a WatchlistFrame.
                 * @typedef {Object} cen.watchlists.v1.WatchlistFrame.$Properties
                 * @property {cen.watchlists.v1.Offer.$Properties|null} [offer] WatchlistFrame offer
                 * @property {cen.watchlists.v1.Answer.$Properties|null} [answer] WatchlistFrame answer
                 * @property {cen.watchlists.v1.Refusal.$Properties|null} [refusal] WatchlistFrame refusal
                 * @property {"offer"|"answer"|"refusal"} [body] WatchlistFrame body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WatchlistFrame.
                 * @memberof cen.watchlists.v1
                 * @interface IWatchlistFrame
                 * @augments cen.watchlists.v1.WatchlistFrame.$Properties
                 * @deprecated Use cen.watchlists.v1.WatchlistFrame.$Properties instead.
                 */

                /**
                 * Narrowed shape of a WatchlistFrame.
                 * @typedef {{
                 *   offer?: cen.watchlists.v1.Offer.$Shape|null;
                 *   answer?: cen.watchlists.v1.Answer.$Shape|null;
                 *   refusal?: cen.watchlists.v1.Refusal.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; offer?: null; answer?: null; refusal?: null }|{ body?: "offer"; offer: cen.watchlists.v1.Offer.$Shape; answer?: null; refusal?: null }|{ body?: "answer"; offer?: null; answer: cen.watchlists.v1.Answer.$Shape; refusal?: null }|{ body?: "refusal"; offer?: null; answer?: null; refusal: cen.watchlists.v1.Refusal.$Shape })
                 * )} cen.watchlists.v1.WatchlistFrame.$Shape
                 */

                /**
                 * Constructs a new WatchlistFrame.
                 * @memberof cen.watchlists.v1
                 * @classdesc Represents a WatchlistFrame.
                 * @constructor
                 * @param {cen.watchlists.v1.WatchlistFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WatchlistFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WatchlistFrame offer.
                 * @member {cen.watchlists.v1.Offer|null} offer
                 * @memberof cen.watchlists.v1.WatchlistFrame
                 * @instance
                 */
                WatchlistFrame.prototype.offer = null;

                /**
                 * WatchlistFrame answer.
                 * @member {cen.watchlists.v1.Answer|null} answer
                 * @memberof cen.watchlists.v1.WatchlistFrame
                 * @instance
                 */
                WatchlistFrame.prototype.answer = null;

                /**
                 * WatchlistFrame refusal.
                 * @member {cen.watchlists.v1.Refusal|null} refusal
                 * @memberof cen.watchlists.v1.WatchlistFrame
                 * @instance
                 */
                WatchlistFrame.prototype.refusal = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * WatchlistFrame body.
                 * @member {"offer"|"answer"|"refusal"|undefined} body
                 * @memberof cen.watchlists.v1.WatchlistFrame
                 * @instance
                 */
                $Object.defineProperty(WatchlistFrame.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["offer", "answer", "refusal"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new WatchlistFrame instance using the specified properties.
                 * @function create
                 * @memberof cen.watchlists.v1.WatchlistFrame
                 * @static
                 * @param {cen.watchlists.v1.WatchlistFrame.$Properties=} [properties] Properties to set
                 * @returns {cen.watchlists.v1.WatchlistFrame} WatchlistFrame instance
                 * @type {{
                 *   (properties: cen.watchlists.v1.WatchlistFrame.$Shape): cen.watchlists.v1.WatchlistFrame & cen.watchlists.v1.WatchlistFrame.$Shape;
                 *   (properties?: cen.watchlists.v1.WatchlistFrame.$Properties): cen.watchlists.v1.WatchlistFrame;
                 * }}
                 */
                WatchlistFrame.create = function(properties) {
                    return new WatchlistFrame(properties);
                };

                /**
                 * Encodes the specified WatchlistFrame message. Does not implicitly {@link cen.watchlists.v1.WatchlistFrame.verify|verify} messages.
                 * @function encode
                 * @memberof cen.watchlists.v1.WatchlistFrame
                 * @static
                 * @param {cen.watchlists.v1.WatchlistFrame.$Properties} message WatchlistFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WatchlistFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.offer != null && $Object.hasOwnProperty.call(message, "offer"))
                        $root.cen.watchlists.v1.Offer.encode(message.offer, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.answer != null && $Object.hasOwnProperty.call(message, "answer"))
                        $root.cen.watchlists.v1.Answer.encode(message.answer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal"))
                        $root.cen.watchlists.v1.Refusal.encode(message.refusal, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WatchlistFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.watchlists.v1.WatchlistFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.watchlists.v1.WatchlistFrame & cen.watchlists.v1.WatchlistFrame.$Shape} WatchlistFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WatchlistFrame.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.watchlists.v1.WatchlistFrame();
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
                                message.offer = $root.cen.watchlists.v1.Offer.decode(reader, reader.size(), $undefined, _depth + 1, message.offer);
                                message.body = "offer";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.answer = $root.cen.watchlists.v1.Answer.decode(reader, reader.size(), $undefined, _depth + 1, message.answer);
                                message.body = "answer";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.refusal = $root.cen.watchlists.v1.Refusal.decode(reader, reader.size(), $undefined, _depth + 1, message.refusal);
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
                 * Verifies a WatchlistFrame message.
                 * @function verify
                 * @memberof cen.watchlists.v1.WatchlistFrame
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                WatchlistFrame.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.offer != null && $Object.hasOwnProperty.call(message, "offer")) {
                        properties.body = 1;
                        {
                            let error = $root.cen.watchlists.v1.Offer.verify(message.offer, _depth + 1);
                            if (error)
                                return "offer." + error;
                        }
                    }
                    if (message.answer != null && $Object.hasOwnProperty.call(message, "answer")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.watchlists.v1.Answer.verify(message.answer, _depth + 1);
                            if (error)
                                return "answer." + error;
                        }
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.watchlists.v1.Refusal.verify(message.refusal, _depth + 1);
                            if (error)
                                return "refusal." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a WatchlistFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.watchlists.v1.WatchlistFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.watchlists.v1.WatchlistFrame} WatchlistFrame
                 */
                WatchlistFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.watchlists.v1.WatchlistFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.watchlists.v1.WatchlistFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.watchlists.v1.WatchlistFrame();
                    if (object.offer != null) {
                        if (!$util.isObject(object.offer))
                            throw $TypeError(".cen.watchlists.v1.WatchlistFrame.offer: object expected");
                        message.offer = $root.cen.watchlists.v1.Offer.fromObject(object.offer, _depth + 1);
                    }
                    if (object.answer != null) {
                        if (!$util.isObject(object.answer))
                            throw $TypeError(".cen.watchlists.v1.WatchlistFrame.answer: object expected");
                        message.answer = $root.cen.watchlists.v1.Answer.fromObject(object.answer, _depth + 1);
                    }
                    if (object.refusal != null) {
                        if (!$util.isObject(object.refusal))
                            throw $TypeError(".cen.watchlists.v1.WatchlistFrame.refusal: object expected");
                        message.refusal = $root.cen.watchlists.v1.Refusal.fromObject(object.refusal, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a WatchlistFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.watchlists.v1.WatchlistFrame
                 * @static
                 * @param {cen.watchlists.v1.WatchlistFrame} message WatchlistFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                WatchlistFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.offer != null && $Object.hasOwnProperty.call(message, "offer")) {
                        object.offer = $root.cen.watchlists.v1.Offer.toObject(message.offer, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "offer";
                    }
                    if (message.answer != null && $Object.hasOwnProperty.call(message, "answer")) {
                        object.answer = $root.cen.watchlists.v1.Answer.toObject(message.answer, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "answer";
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        object.refusal = $root.cen.watchlists.v1.Refusal.toObject(message.refusal, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "refusal";
                    }
                    return object;
                };

                /**
                 * Converts this WatchlistFrame to JSON.
                 * @function toJSON
                 * @memberof cen.watchlists.v1.WatchlistFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                WatchlistFrame.prototype.toJSON = function() {
                    return WatchlistFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for WatchlistFrame
                 * @function getTypeUrl
                 * @memberof cen.watchlists.v1.WatchlistFrame
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WatchlistFrame.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.watchlists.v1.WatchlistFrame";
                };

                return WatchlistFrame;
            })();

            v1.Offer = (function() {

                /**
                 * Properties of an Offer.
                 * @typedef {Object} cen.watchlists.v1.Offer.$Properties
                 * @property {Array.<string>} [rules] Offer rules
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Offer.
                 * @memberof cen.watchlists.v1
                 * @interface IOffer
                 * @augments cen.watchlists.v1.Offer.$Properties
                 * @deprecated Use cen.watchlists.v1.Offer.$Properties instead.
                 */

                /**
                 * Shape of an Offer.
                 * @typedef {cen.watchlists.v1.Offer.$Properties} cen.watchlists.v1.Offer.$Shape
                 */

                /**
                 * Constructs a new Offer.
                 * @memberof cen.watchlists.v1
                 * @classdesc Represents an Offer.
                 * @constructor
                 * @param {cen.watchlists.v1.Offer.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Offer = function (properties) {
                    this.rules = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Offer rules.
                 * @member {Array.<string>} rules
                 * @memberof cen.watchlists.v1.Offer
                 * @instance
                 */
                Offer.prototype.rules = $util.emptyArray;

                /**
                 * Creates a new Offer instance using the specified properties.
                 * @function create
                 * @memberof cen.watchlists.v1.Offer
                 * @static
                 * @param {cen.watchlists.v1.Offer.$Properties=} [properties] Properties to set
                 * @returns {cen.watchlists.v1.Offer} Offer instance
                 * @type {{
                 *   (properties: cen.watchlists.v1.Offer.$Shape): cen.watchlists.v1.Offer & cen.watchlists.v1.Offer.$Shape;
                 *   (properties?: cen.watchlists.v1.Offer.$Properties): cen.watchlists.v1.Offer;
                 * }}
                 */
                Offer.create = function(properties) {
                    return new Offer(properties);
                };

                /**
                 * Encodes the specified Offer message. Does not implicitly {@link cen.watchlists.v1.Offer.verify|verify} messages.
                 * @function encode
                 * @memberof cen.watchlists.v1.Offer
                 * @static
                 * @param {cen.watchlists.v1.Offer.$Properties} message Offer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Offer.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rules != null && message.rules.length)
                        for (let i = 0; i < message.rules.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.rules[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Offer message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.watchlists.v1.Offer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.watchlists.v1.Offer & cen.watchlists.v1.Offer.$Shape} Offer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Offer.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.watchlists.v1.Offer();
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
                                if (!(message.rules && message.rules.length))
                                    message.rules = [];
                                message.rules.push(reader.stringVerify());
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
                 * Verifies an Offer message.
                 * @function verify
                 * @memberof cen.watchlists.v1.Offer
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Offer.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.rules != null && $Object.hasOwnProperty.call(message, "rules")) {
                        if (!$Array.isArray(message.rules))
                            return "rules: array expected";
                        for (let i = 0; i < message.rules.length; ++i)
                            if (!$util.isString(message.rules[i]))
                                return "rules: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates an Offer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.watchlists.v1.Offer
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.watchlists.v1.Offer} Offer
                 */
                Offer.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.watchlists.v1.Offer)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.watchlists.v1.Offer: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.watchlists.v1.Offer();
                    if (object.rules) {
                        if (!$Array.isArray(object.rules))
                            throw $TypeError(".cen.watchlists.v1.Offer.rules: array expected");
                        message.rules = $Array(object.rules.length);
                        for (let i = 0; i < object.rules.length; ++i)
                            message.rules[i] = $String(object.rules[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an Offer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.watchlists.v1.Offer
                 * @static
                 * @param {cen.watchlists.v1.Offer} message Offer
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Offer.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.rules = [];
                    if (message.rules && message.rules.length) {
                        object.rules = $Array(message.rules.length);
                        for (let j = 0; j < message.rules.length; ++j)
                            object.rules[j] = message.rules[j];
                    }
                    return object;
                };

                /**
                 * Converts this Offer to JSON.
                 * @function toJSON
                 * @memberof cen.watchlists.v1.Offer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Offer.prototype.toJSON = function() {
                    return Offer.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Offer
                 * @function getTypeUrl
                 * @memberof cen.watchlists.v1.Offer
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Offer.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.watchlists.v1.Offer";
                };

                return Offer;
            })();

            v1.Answer = (function() {

                /**
                 * Properties of an Answer.
                 * @typedef {Object} cen.watchlists.v1.Answer.$Properties
                 * @property {Array.<cen.watchlists.v1.Outcome.$Properties>} [outcomes] Answer outcomes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Answer.
                 * @memberof cen.watchlists.v1
                 * @interface IAnswer
                 * @augments cen.watchlists.v1.Answer.$Properties
                 * @deprecated Use cen.watchlists.v1.Answer.$Properties instead.
                 */

                /**
                 * Shape of an Answer.
                 * @typedef {cen.watchlists.v1.Answer.$Properties} cen.watchlists.v1.Answer.$Shape
                 */

                /**
                 * Constructs a new Answer.
                 * @memberof cen.watchlists.v1
                 * @classdesc Represents an Answer.
                 * @constructor
                 * @param {cen.watchlists.v1.Answer.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Answer = function (properties) {
                    this.outcomes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Answer outcomes.
                 * @member {Array.<cen.watchlists.v1.Outcome>} outcomes
                 * @memberof cen.watchlists.v1.Answer
                 * @instance
                 */
                Answer.prototype.outcomes = $util.emptyArray;

                /**
                 * Creates a new Answer instance using the specified properties.
                 * @function create
                 * @memberof cen.watchlists.v1.Answer
                 * @static
                 * @param {cen.watchlists.v1.Answer.$Properties=} [properties] Properties to set
                 * @returns {cen.watchlists.v1.Answer} Answer instance
                 * @type {{
                 *   (properties: cen.watchlists.v1.Answer.$Shape): cen.watchlists.v1.Answer & cen.watchlists.v1.Answer.$Shape;
                 *   (properties?: cen.watchlists.v1.Answer.$Properties): cen.watchlists.v1.Answer;
                 * }}
                 */
                Answer.create = function(properties) {
                    return new Answer(properties);
                };

                /**
                 * Encodes the specified Answer message. Does not implicitly {@link cen.watchlists.v1.Answer.verify|verify} messages.
                 * @function encode
                 * @memberof cen.watchlists.v1.Answer
                 * @static
                 * @param {cen.watchlists.v1.Answer.$Properties} message Answer message or plain object to encode
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
                    if (message.outcomes != null && message.outcomes.length)
                        for (let i = 0; i < message.outcomes.length; ++i)
                            $root.cen.watchlists.v1.Outcome.encode(message.outcomes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Answer message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.watchlists.v1.Answer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.watchlists.v1.Answer & cen.watchlists.v1.Answer.$Shape} Answer
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
                    message = _target || new $root.cen.watchlists.v1.Answer();
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
                                if (!(message.outcomes && message.outcomes.length))
                                    message.outcomes = [];
                                message.outcomes.push($root.cen.watchlists.v1.Outcome.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * @memberof cen.watchlists.v1.Answer
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
                    if (message.outcomes != null && $Object.hasOwnProperty.call(message, "outcomes")) {
                        if (!$Array.isArray(message.outcomes))
                            return "outcomes: array expected";
                        for (let i = 0; i < message.outcomes.length; ++i) {
                            let error = $root.cen.watchlists.v1.Outcome.verify(message.outcomes[i], _depth + 1);
                            if (error)
                                return "outcomes." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates an Answer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.watchlists.v1.Answer
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.watchlists.v1.Answer} Answer
                 */
                Answer.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.watchlists.v1.Answer)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.watchlists.v1.Answer: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.watchlists.v1.Answer();
                    if (object.outcomes) {
                        if (!$Array.isArray(object.outcomes))
                            throw $TypeError(".cen.watchlists.v1.Answer.outcomes: array expected");
                        message.outcomes = $Array(object.outcomes.length);
                        for (let i = 0; i < object.outcomes.length; ++i) {
                            if (!$util.isObject(object.outcomes[i]))
                                throw $TypeError(".cen.watchlists.v1.Answer.outcomes: object expected");
                            message.outcomes[i] = $root.cen.watchlists.v1.Outcome.fromObject(object.outcomes[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an Answer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.watchlists.v1.Answer
                 * @static
                 * @param {cen.watchlists.v1.Answer} message Answer
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
                    if (options.arrays || options.defaults)
                        object.outcomes = [];
                    if (message.outcomes && message.outcomes.length) {
                        object.outcomes = $Array(message.outcomes.length);
                        for (let j = 0; j < message.outcomes.length; ++j)
                            object.outcomes[j] = $root.cen.watchlists.v1.Outcome.toObject(message.outcomes[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this Answer to JSON.
                 * @function toJSON
                 * @memberof cen.watchlists.v1.Answer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Answer.prototype.toJSON = function() {
                    return Answer.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Answer
                 * @function getTypeUrl
                 * @memberof cen.watchlists.v1.Answer
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Answer.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.watchlists.v1.Answer";
                };

                return Answer;
            })();

            v1.Outcome = (function() {

                /**
                 * Properties of an Outcome.
                 * @typedef {Object} cen.watchlists.v1.Outcome.$Properties
                 * @property {string} [ruleId] Outcome ruleId
                 * @property {number} [version] Outcome version
                 * @property {string} [outcome] Outcome outcome
                 * @property {string} [reason] Outcome reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Outcome.
                 * @memberof cen.watchlists.v1
                 * @interface IOutcome
                 * @augments cen.watchlists.v1.Outcome.$Properties
                 * @deprecated Use cen.watchlists.v1.Outcome.$Properties instead.
                 */

                /**
                 * Shape of an Outcome.
                 * @typedef {cen.watchlists.v1.Outcome.$Properties} cen.watchlists.v1.Outcome.$Shape
                 */

                /**
                 * Constructs a new Outcome.
                 * @memberof cen.watchlists.v1
                 * @classdesc Represents an Outcome.
                 * @constructor
                 * @param {cen.watchlists.v1.Outcome.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Outcome = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Outcome ruleId.
                 * @member {string} ruleId
                 * @memberof cen.watchlists.v1.Outcome
                 * @instance
                 */
                Outcome.prototype.ruleId = "";

                /**
                 * Outcome version.
                 * @member {number} version
                 * @memberof cen.watchlists.v1.Outcome
                 * @instance
                 */
                Outcome.prototype.version = 0;

                /**
                 * Outcome outcome.
                 * @member {string} outcome
                 * @memberof cen.watchlists.v1.Outcome
                 * @instance
                 */
                Outcome.prototype.outcome = "";

                /**
                 * Outcome reason.
                 * @member {string} reason
                 * @memberof cen.watchlists.v1.Outcome
                 * @instance
                 */
                Outcome.prototype.reason = "";

                /**
                 * Creates a new Outcome instance using the specified properties.
                 * @function create
                 * @memberof cen.watchlists.v1.Outcome
                 * @static
                 * @param {cen.watchlists.v1.Outcome.$Properties=} [properties] Properties to set
                 * @returns {cen.watchlists.v1.Outcome} Outcome instance
                 * @type {{
                 *   (properties: cen.watchlists.v1.Outcome.$Shape): cen.watchlists.v1.Outcome & cen.watchlists.v1.Outcome.$Shape;
                 *   (properties?: cen.watchlists.v1.Outcome.$Properties): cen.watchlists.v1.Outcome;
                 * }}
                 */
                Outcome.create = function(properties) {
                    return new Outcome(properties);
                };

                /**
                 * Encodes the specified Outcome message. Does not implicitly {@link cen.watchlists.v1.Outcome.verify|verify} messages.
                 * @function encode
                 * @memberof cen.watchlists.v1.Outcome
                 * @static
                 * @param {cen.watchlists.v1.Outcome.$Properties} message Outcome message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Outcome.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ruleId != null && $Object.hasOwnProperty.call(message, "ruleId") && message.ruleId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.ruleId);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
                    if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.outcome);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Outcome message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.watchlists.v1.Outcome
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.watchlists.v1.Outcome & cen.watchlists.v1.Outcome.$Shape} Outcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Outcome.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.watchlists.v1.Outcome();
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
                                    message.ruleId = value;
                                else
                                    delete message.ruleId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.outcome = value;
                                else
                                    delete message.outcome;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
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
                 * Verifies an Outcome message.
                 * @function verify
                 * @memberof cen.watchlists.v1.Outcome
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Outcome.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.ruleId != null && $Object.hasOwnProperty.call(message, "ruleId"))
                        if (!$util.isString(message.ruleId))
                            return "ruleId: string expected";
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        if (!$util.isInteger(message.version))
                            return "version: integer expected";
                    if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                        if (!$util.isString(message.outcome))
                            return "outcome: string expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    return null;
                };

                /**
                 * Creates an Outcome message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.watchlists.v1.Outcome
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.watchlists.v1.Outcome} Outcome
                 */
                Outcome.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.watchlists.v1.Outcome)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.watchlists.v1.Outcome: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.watchlists.v1.Outcome();
                    if (object.ruleId != null)
                        if (typeof object.ruleId !== "string" || object.ruleId.length)
                            message.ruleId = $String(object.ruleId);
                    if (object.version != null)
                        if ($Number(object.version) !== 0)
                            message.version = object.version >>> 0;
                    if (object.outcome != null)
                        if (typeof object.outcome !== "string" || object.outcome.length)
                            message.outcome = $String(object.outcome);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from an Outcome message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.watchlists.v1.Outcome
                 * @static
                 * @param {cen.watchlists.v1.Outcome} message Outcome
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Outcome.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.ruleId = "";
                        object.version = 0;
                        object.outcome = "";
                        object.reason = "";
                    }
                    if (message.ruleId != null && $Object.hasOwnProperty.call(message, "ruleId"))
                        object.ruleId = message.ruleId;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                        object.outcome = message.outcome;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this Outcome to JSON.
                 * @function toJSON
                 * @memberof cen.watchlists.v1.Outcome
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Outcome.prototype.toJSON = function() {
                    return Outcome.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Outcome
                 * @function getTypeUrl
                 * @memberof cen.watchlists.v1.Outcome
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Outcome.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.watchlists.v1.Outcome";
                };

                return Outcome;
            })();

            v1.Refusal = (function() {

                /**
                 * Properties of a Refusal.
                 * @typedef {Object} cen.watchlists.v1.Refusal.$Properties
                 * @property {string} [code] Refusal code
                 * @property {string} [message] Refusal message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Refusal.
                 * @memberof cen.watchlists.v1
                 * @interface IRefusal
                 * @augments cen.watchlists.v1.Refusal.$Properties
                 * @deprecated Use cen.watchlists.v1.Refusal.$Properties instead.
                 */

                /**
                 * Shape of a Refusal.
                 * @typedef {cen.watchlists.v1.Refusal.$Properties} cen.watchlists.v1.Refusal.$Shape
                 */

                /**
                 * Constructs a new Refusal.
                 * @memberof cen.watchlists.v1
                 * @classdesc Represents a Refusal.
                 * @constructor
                 * @param {cen.watchlists.v1.Refusal.$Properties=} [properties] Properties to set
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
                 * @memberof cen.watchlists.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.code = "";

                /**
                 * Refusal message.
                 * @member {string} message
                 * @memberof cen.watchlists.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.message = "";

                /**
                 * Creates a new Refusal instance using the specified properties.
                 * @function create
                 * @memberof cen.watchlists.v1.Refusal
                 * @static
                 * @param {cen.watchlists.v1.Refusal.$Properties=} [properties] Properties to set
                 * @returns {cen.watchlists.v1.Refusal} Refusal instance
                 * @type {{
                 *   (properties: cen.watchlists.v1.Refusal.$Shape): cen.watchlists.v1.Refusal & cen.watchlists.v1.Refusal.$Shape;
                 *   (properties?: cen.watchlists.v1.Refusal.$Properties): cen.watchlists.v1.Refusal;
                 * }}
                 */
                Refusal.create = function(properties) {
                    return new Refusal(properties);
                };

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.watchlists.v1.Refusal.verify|verify} messages.
                 * @function encode
                 * @memberof cen.watchlists.v1.Refusal
                 * @static
                 * @param {cen.watchlists.v1.Refusal.$Properties} message Refusal message or plain object to encode
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
                 * @memberof cen.watchlists.v1.Refusal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.watchlists.v1.Refusal & cen.watchlists.v1.Refusal.$Shape} Refusal
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
                    message = _target || new $root.cen.watchlists.v1.Refusal();
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
                 * @memberof cen.watchlists.v1.Refusal
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
                 * @memberof cen.watchlists.v1.Refusal
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.watchlists.v1.Refusal} Refusal
                 */
                Refusal.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.watchlists.v1.Refusal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.watchlists.v1.Refusal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.watchlists.v1.Refusal();
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
                 * @memberof cen.watchlists.v1.Refusal
                 * @static
                 * @param {cen.watchlists.v1.Refusal} message Refusal
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
                 * @memberof cen.watchlists.v1.Refusal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Refusal.prototype.toJSON = function() {
                    return Refusal.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Refusal
                 * @function getTypeUrl
                 * @memberof cen.watchlists.v1.Refusal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Refusal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.watchlists.v1.Refusal";
                };

                return Refusal;
            })();

            return v1;
        })();

        return watchlists;
    })();

    return cen;
})();

export {
  $root as default
};
