/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Array = $util.global.Array, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["exchange"] || ($protobuf.roots["exchange"] = {});

export const cen = $root.cen = (() => {

    /**
     * Namespace cen.
     * @exports cen
     * @namespace
     */
    const cen = {};

    cen.exchange = (function() {

        /**
         * Namespace exchange.
         * @memberof cen
         * @namespace
         */
        const exchange = {};

        exchange.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cen.exchange
             * @namespace
             */
            const v1 = {};

            v1.ExchangeFrame = (function() {

                /**
                 * Properties of an ExchangeFrame.
                 * @typedef {Object} cen.exchange.v1.ExchangeFrame.$Properties
                 * @property {cen.exchange.v1.SyncRequest.$Properties|null} [syncRequest] ExchangeFrame syncRequest
                 * @property {cen.exchange.v1.Chunk.$Properties|null} [chunk] ExchangeFrame chunk
                 * @property {cen.exchange.v1.Receipt.$Properties|null} [receipt] ExchangeFrame receipt
                 * @property {cen.exchange.v1.Delivery.$Properties|null} [delivery] ExchangeFrame delivery
                 * @property {cen.exchange.v1.Nudge.$Properties|null} [nudge] ExchangeFrame nudge
                 * @property {cen.exchange.v1.Refusal.$Properties|null} [refusal] ExchangeFrame refusal
                 * @property {"syncRequest"|"chunk"|"receipt"|"delivery"|"nudge"|"refusal"} [body] ExchangeFrame body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ExchangeFrame.
                 * @memberof cen.exchange.v1
                 * @interface IExchangeFrame
                 * @augments cen.exchange.v1.ExchangeFrame.$Properties
                 * @deprecated Use cen.exchange.v1.ExchangeFrame.$Properties instead.
                 */

                /**
                 * Narrowed shape of an ExchangeFrame.
                 * @typedef {{
                 *   syncRequest?: cen.exchange.v1.SyncRequest.$Shape|null;
                 *   chunk?: cen.exchange.v1.Chunk.$Shape|null;
                 *   receipt?: cen.exchange.v1.Receipt.$Shape|null;
                 *   delivery?: cen.exchange.v1.Delivery.$Shape|null;
                 *   nudge?: cen.exchange.v1.Nudge.$Shape|null;
                 *   refusal?: cen.exchange.v1.Refusal.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; syncRequest?: null; chunk?: null; receipt?: null; delivery?: null; nudge?: null; refusal?: null }|{ body?: "syncRequest"; syncRequest: cen.exchange.v1.SyncRequest.$Shape; chunk?: null; receipt?: null; delivery?: null; nudge?: null; refusal?: null }|{ body?: "chunk"; syncRequest?: null; chunk: cen.exchange.v1.Chunk.$Shape; receipt?: null; delivery?: null; nudge?: null; refusal?: null }|{ body?: "receipt"; syncRequest?: null; chunk?: null; receipt: cen.exchange.v1.Receipt.$Shape; delivery?: null; nudge?: null; refusal?: null }|{ body?: "delivery"; syncRequest?: null; chunk?: null; receipt?: null; delivery: cen.exchange.v1.Delivery.$Shape; nudge?: null; refusal?: null }|{ body?: "nudge"; syncRequest?: null; chunk?: null; receipt?: null; delivery?: null; nudge: cen.exchange.v1.Nudge.$Shape; refusal?: null }|{ body?: "refusal"; syncRequest?: null; chunk?: null; receipt?: null; delivery?: null; nudge?: null; refusal: cen.exchange.v1.Refusal.$Shape })
                 * )} cen.exchange.v1.ExchangeFrame.$Shape
                 */

                /**
                 * Constructs a new ExchangeFrame.
                 * @memberof cen.exchange.v1
                 * @classdesc Represents an ExchangeFrame.
                 * @constructor
                 * @param {cen.exchange.v1.ExchangeFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ExchangeFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ExchangeFrame syncRequest.
                 * @member {cen.exchange.v1.SyncRequest|null} syncRequest
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @instance
                 */
                ExchangeFrame.prototype.syncRequest = null;

                /**
                 * ExchangeFrame chunk.
                 * @member {cen.exchange.v1.Chunk|null} chunk
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @instance
                 */
                ExchangeFrame.prototype.chunk = null;

                /**
                 * ExchangeFrame receipt.
                 * @member {cen.exchange.v1.Receipt|null} receipt
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @instance
                 */
                ExchangeFrame.prototype.receipt = null;

                /**
                 * ExchangeFrame delivery.
                 * @member {cen.exchange.v1.Delivery|null} delivery
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @instance
                 */
                ExchangeFrame.prototype.delivery = null;

                /**
                 * ExchangeFrame nudge.
                 * @member {cen.exchange.v1.Nudge|null} nudge
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @instance
                 */
                ExchangeFrame.prototype.nudge = null;

                /**
                 * ExchangeFrame refusal.
                 * @member {cen.exchange.v1.Refusal|null} refusal
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @instance
                 */
                ExchangeFrame.prototype.refusal = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * ExchangeFrame body.
                 * @member {"syncRequest"|"chunk"|"receipt"|"delivery"|"nudge"|"refusal"|undefined} body
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @instance
                 */
                $Object.defineProperty(ExchangeFrame.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["syncRequest", "chunk", "receipt", "delivery", "nudge", "refusal"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ExchangeFrame instance using the specified properties.
                 * @function create
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @static
                 * @param {cen.exchange.v1.ExchangeFrame.$Properties=} [properties] Properties to set
                 * @returns {cen.exchange.v1.ExchangeFrame} ExchangeFrame instance
                 * @type {{
                 *   (properties: cen.exchange.v1.ExchangeFrame.$Shape): cen.exchange.v1.ExchangeFrame & cen.exchange.v1.ExchangeFrame.$Shape;
                 *   (properties?: cen.exchange.v1.ExchangeFrame.$Properties): cen.exchange.v1.ExchangeFrame;
                 * }}
                 */
                ExchangeFrame.create = function(properties) {
                    return new ExchangeFrame(properties);
                };

                /**
                 * Encodes the specified ExchangeFrame message. Does not implicitly {@link cen.exchange.v1.ExchangeFrame.verify|verify} messages.
                 * @function encode
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @static
                 * @param {cen.exchange.v1.ExchangeFrame.$Properties} message ExchangeFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExchangeFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.syncRequest != null && $Object.hasOwnProperty.call(message, "syncRequest"))
                        $root.cen.exchange.v1.SyncRequest.encode(message.syncRequest, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                        $root.cen.exchange.v1.Chunk.encode(message.chunk, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                        $root.cen.exchange.v1.Receipt.encode(message.receipt, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                        $root.cen.exchange.v1.Delivery.encode(message.delivery, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.nudge != null && $Object.hasOwnProperty.call(message, "nudge"))
                        $root.cen.exchange.v1.Nudge.encode(message.nudge, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal"))
                        $root.cen.exchange.v1.Refusal.encode(message.refusal, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ExchangeFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.ExchangeFrame & cen.exchange.v1.ExchangeFrame.$Shape} ExchangeFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExchangeFrame.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.exchange.v1.ExchangeFrame();
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
                                message.syncRequest = $root.cen.exchange.v1.SyncRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.syncRequest);
                                message.body = "syncRequest";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.chunk = $root.cen.exchange.v1.Chunk.decode(reader, reader.size(), $undefined, _depth + 1, message.chunk);
                                message.body = "chunk";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.receipt = $root.cen.exchange.v1.Receipt.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                                message.body = "receipt";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.delivery = $root.cen.exchange.v1.Delivery.decode(reader, reader.size(), $undefined, _depth + 1, message.delivery);
                                message.body = "delivery";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.nudge = $root.cen.exchange.v1.Nudge.decode(reader, reader.size(), $undefined, _depth + 1, message.nudge);
                                message.body = "nudge";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.refusal = $root.cen.exchange.v1.Refusal.decode(reader, reader.size(), $undefined, _depth + 1, message.refusal);
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
                 * Verifies an ExchangeFrame message.
                 * @function verify
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ExchangeFrame.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.syncRequest != null && $Object.hasOwnProperty.call(message, "syncRequest")) {
                        properties.body = 1;
                        {
                            let error = $root.cen.exchange.v1.SyncRequest.verify(message.syncRequest, _depth + 1);
                            if (error)
                                return "syncRequest." + error;
                        }
                    }
                    if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.exchange.v1.Chunk.verify(message.chunk, _depth + 1);
                            if (error)
                                return "chunk." + error;
                        }
                    }
                    if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.exchange.v1.Receipt.verify(message.receipt, _depth + 1);
                            if (error)
                                return "receipt." + error;
                        }
                    }
                    if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.exchange.v1.Delivery.verify(message.delivery, _depth + 1);
                            if (error)
                                return "delivery." + error;
                        }
                    }
                    if (message.nudge != null && $Object.hasOwnProperty.call(message, "nudge")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.exchange.v1.Nudge.verify(message.nudge, _depth + 1);
                            if (error)
                                return "nudge." + error;
                        }
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.exchange.v1.Refusal.verify(message.refusal, _depth + 1);
                            if (error)
                                return "refusal." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates an ExchangeFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.exchange.v1.ExchangeFrame} ExchangeFrame
                 */
                ExchangeFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.exchange.v1.ExchangeFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.exchange.v1.ExchangeFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.exchange.v1.ExchangeFrame();
                    if (object.syncRequest != null) {
                        if (!$util.isObject(object.syncRequest))
                            throw $TypeError(".cen.exchange.v1.ExchangeFrame.syncRequest: object expected");
                        message.syncRequest = $root.cen.exchange.v1.SyncRequest.fromObject(object.syncRequest, _depth + 1);
                    }
                    if (object.chunk != null) {
                        if (!$util.isObject(object.chunk))
                            throw $TypeError(".cen.exchange.v1.ExchangeFrame.chunk: object expected");
                        message.chunk = $root.cen.exchange.v1.Chunk.fromObject(object.chunk, _depth + 1);
                    }
                    if (object.receipt != null) {
                        if (!$util.isObject(object.receipt))
                            throw $TypeError(".cen.exchange.v1.ExchangeFrame.receipt: object expected");
                        message.receipt = $root.cen.exchange.v1.Receipt.fromObject(object.receipt, _depth + 1);
                    }
                    if (object.delivery != null) {
                        if (!$util.isObject(object.delivery))
                            throw $TypeError(".cen.exchange.v1.ExchangeFrame.delivery: object expected");
                        message.delivery = $root.cen.exchange.v1.Delivery.fromObject(object.delivery, _depth + 1);
                    }
                    if (object.nudge != null) {
                        if (!$util.isObject(object.nudge))
                            throw $TypeError(".cen.exchange.v1.ExchangeFrame.nudge: object expected");
                        message.nudge = $root.cen.exchange.v1.Nudge.fromObject(object.nudge, _depth + 1);
                    }
                    if (object.refusal != null) {
                        if (!$util.isObject(object.refusal))
                            throw $TypeError(".cen.exchange.v1.ExchangeFrame.refusal: object expected");
                        message.refusal = $root.cen.exchange.v1.Refusal.fromObject(object.refusal, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an ExchangeFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @static
                 * @param {cen.exchange.v1.ExchangeFrame} message ExchangeFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ExchangeFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.syncRequest != null && $Object.hasOwnProperty.call(message, "syncRequest")) {
                        object.syncRequest = $root.cen.exchange.v1.SyncRequest.toObject(message.syncRequest, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "syncRequest";
                    }
                    if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                        object.chunk = $root.cen.exchange.v1.Chunk.toObject(message.chunk, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "chunk";
                    }
                    if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt")) {
                        object.receipt = $root.cen.exchange.v1.Receipt.toObject(message.receipt, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "receipt";
                    }
                    if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery")) {
                        object.delivery = $root.cen.exchange.v1.Delivery.toObject(message.delivery, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "delivery";
                    }
                    if (message.nudge != null && $Object.hasOwnProperty.call(message, "nudge")) {
                        object.nudge = $root.cen.exchange.v1.Nudge.toObject(message.nudge, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "nudge";
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        object.refusal = $root.cen.exchange.v1.Refusal.toObject(message.refusal, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "refusal";
                    }
                    return object;
                };

                /**
                 * Converts this ExchangeFrame to JSON.
                 * @function toJSON
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ExchangeFrame.prototype.toJSON = function() {
                    return ExchangeFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ExchangeFrame
                 * @function getTypeUrl
                 * @memberof cen.exchange.v1.ExchangeFrame
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ExchangeFrame.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.exchange.v1.ExchangeFrame";
                };

                return ExchangeFrame;
            })();

            v1.SyncRequest = (function() {

                /**
                 * Properties of a SyncRequest.
                 * @typedef {Object} cen.exchange.v1.SyncRequest.$Properties
                 * @property {string} [agreementId] SyncRequest agreementId
                 * @property {number} [agreementVersion] SyncRequest agreementVersion
                 * @property {number} [cursor] SyncRequest cursor
                 * @property {number} [maxEntries] SyncRequest maxEntries
                 * @property {Array.<string>} [purgeNotices] SyncRequest purgeNotices
                 * @property {Array.<string>} [recentReceipts] SyncRequest recentReceipts
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SyncRequest.
                 * @memberof cen.exchange.v1
                 * @interface ISyncRequest
                 * @augments cen.exchange.v1.SyncRequest.$Properties
                 * @deprecated Use cen.exchange.v1.SyncRequest.$Properties instead.
                 */

                /**
                 * Shape of a SyncRequest.
                 * @typedef {cen.exchange.v1.SyncRequest.$Properties} cen.exchange.v1.SyncRequest.$Shape
                 */

                /**
                 * Constructs a new SyncRequest.
                 * @memberof cen.exchange.v1
                 * @classdesc Represents a SyncRequest.
                 * @constructor
                 * @param {cen.exchange.v1.SyncRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SyncRequest = function (properties) {
                    this.purgeNotices = [];
                    this.recentReceipts = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SyncRequest agreementId.
                 * @member {string} agreementId
                 * @memberof cen.exchange.v1.SyncRequest
                 * @instance
                 */
                SyncRequest.prototype.agreementId = "";

                /**
                 * SyncRequest agreementVersion.
                 * @member {number} agreementVersion
                 * @memberof cen.exchange.v1.SyncRequest
                 * @instance
                 */
                SyncRequest.prototype.agreementVersion = 0;

                /**
                 * SyncRequest cursor.
                 * @member {number} cursor
                 * @memberof cen.exchange.v1.SyncRequest
                 * @instance
                 */
                SyncRequest.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SyncRequest maxEntries.
                 * @member {number} maxEntries
                 * @memberof cen.exchange.v1.SyncRequest
                 * @instance
                 */
                SyncRequest.prototype.maxEntries = 0;

                /**
                 * SyncRequest purgeNotices.
                 * @member {Array.<string>} purgeNotices
                 * @memberof cen.exchange.v1.SyncRequest
                 * @instance
                 */
                SyncRequest.prototype.purgeNotices = $util.emptyArray;

                /**
                 * SyncRequest recentReceipts.
                 * @member {Array.<string>} recentReceipts
                 * @memberof cen.exchange.v1.SyncRequest
                 * @instance
                 */
                SyncRequest.prototype.recentReceipts = $util.emptyArray;

                /**
                 * Creates a new SyncRequest instance using the specified properties.
                 * @function create
                 * @memberof cen.exchange.v1.SyncRequest
                 * @static
                 * @param {cen.exchange.v1.SyncRequest.$Properties=} [properties] Properties to set
                 * @returns {cen.exchange.v1.SyncRequest} SyncRequest instance
                 * @type {{
                 *   (properties: cen.exchange.v1.SyncRequest.$Shape): cen.exchange.v1.SyncRequest & cen.exchange.v1.SyncRequest.$Shape;
                 *   (properties?: cen.exchange.v1.SyncRequest.$Properties): cen.exchange.v1.SyncRequest;
                 * }}
                 */
                SyncRequest.create = function(properties) {
                    return new SyncRequest(properties);
                };

                /**
                 * Encodes the specified SyncRequest message. Does not implicitly {@link cen.exchange.v1.SyncRequest.verify|verify} messages.
                 * @function encode
                 * @memberof cen.exchange.v1.SyncRequest
                 * @static
                 * @param {cen.exchange.v1.SyncRequest.$Properties} message SyncRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SyncRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId") && message.agreementId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.agreementId);
                    if (message.agreementVersion != null && $Object.hasOwnProperty.call(message, "agreementVersion") && message.agreementVersion !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.agreementVersion);
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.cursor);
                    if (message.maxEntries != null && $Object.hasOwnProperty.call(message, "maxEntries") && message.maxEntries !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxEntries);
                    if (message.purgeNotices != null && message.purgeNotices.length)
                        for (let i = 0; i < message.purgeNotices.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.purgeNotices[i]);
                    if (message.recentReceipts != null && message.recentReceipts.length)
                        for (let i = 0; i < message.recentReceipts.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.recentReceipts[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SyncRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.exchange.v1.SyncRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.SyncRequest & cen.exchange.v1.SyncRequest.$Shape} SyncRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SyncRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.exchange.v1.SyncRequest();
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
                                    message.agreementId = value;
                                else
                                    delete message.agreementId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.agreementVersion = value;
                                else
                                    delete message.agreementVersion;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cursor = value;
                                else
                                    delete message.cursor;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxEntries = value;
                                else
                                    delete message.maxEntries;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.purgeNotices && message.purgeNotices.length))
                                    message.purgeNotices = [];
                                message.purgeNotices.push(reader.stringVerify());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.recentReceipts && message.recentReceipts.length))
                                    message.recentReceipts = [];
                                message.recentReceipts.push(reader.stringVerify());
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
                 * Verifies a SyncRequest message.
                 * @function verify
                 * @memberof cen.exchange.v1.SyncRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SyncRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                        if (!$util.isString(message.agreementId))
                            return "agreementId: string expected";
                    if (message.agreementVersion != null && $Object.hasOwnProperty.call(message, "agreementVersion"))
                        if (!$util.isInteger(message.agreementVersion))
                            return "agreementVersion: integer expected";
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        if (!$util.isInteger(message.cursor) && !(message.cursor && $util.isInteger(message.cursor.low) && $util.isInteger(message.cursor.high)))
                            return "cursor: integer|Long expected";
                    if (message.maxEntries != null && $Object.hasOwnProperty.call(message, "maxEntries"))
                        if (!$util.isInteger(message.maxEntries))
                            return "maxEntries: integer expected";
                    if (message.purgeNotices != null && $Object.hasOwnProperty.call(message, "purgeNotices")) {
                        if (!$Array.isArray(message.purgeNotices))
                            return "purgeNotices: array expected";
                        for (let i = 0; i < message.purgeNotices.length; ++i)
                            if (!$util.isString(message.purgeNotices[i]))
                                return "purgeNotices: string[] expected";
                    }
                    if (message.recentReceipts != null && $Object.hasOwnProperty.call(message, "recentReceipts")) {
                        if (!$Array.isArray(message.recentReceipts))
                            return "recentReceipts: array expected";
                        for (let i = 0; i < message.recentReceipts.length; ++i)
                            if (!$util.isString(message.recentReceipts[i]))
                                return "recentReceipts: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a SyncRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.exchange.v1.SyncRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.exchange.v1.SyncRequest} SyncRequest
                 */
                SyncRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.exchange.v1.SyncRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.exchange.v1.SyncRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.exchange.v1.SyncRequest();
                    if (object.agreementId != null)
                        if (typeof object.agreementId !== "string" || object.agreementId.length)
                            message.agreementId = $String(object.agreementId);
                    if (object.agreementVersion != null)
                        if ($Number(object.agreementVersion) !== 0)
                            message.agreementVersion = object.agreementVersion >>> 0;
                    if (object.cursor != null)
                        if (typeof object.cursor === "object" ? object.cursor.low || object.cursor.high : $Number(object.cursor) !== 0)
                            if ($util.Long)
                                message.cursor = $util.Long.fromValue(object.cursor, true);
                            else if (typeof object.cursor === "string")
                                message.cursor = $parseInt(object.cursor, 10);
                            else if (typeof object.cursor === "number")
                                message.cursor = object.cursor;
                            else if (typeof object.cursor === "object")
                                message.cursor = new $util.LongBits(object.cursor.low >>> 0, object.cursor.high >>> 0).toNumber(true);
                    if (object.maxEntries != null)
                        if ($Number(object.maxEntries) !== 0)
                            message.maxEntries = object.maxEntries >>> 0;
                    if (object.purgeNotices) {
                        if (!$Array.isArray(object.purgeNotices))
                            throw $TypeError(".cen.exchange.v1.SyncRequest.purgeNotices: array expected");
                        message.purgeNotices = $Array(object.purgeNotices.length);
                        for (let i = 0; i < object.purgeNotices.length; ++i)
                            message.purgeNotices[i] = $String(object.purgeNotices[i]);
                    }
                    if (object.recentReceipts) {
                        if (!$Array.isArray(object.recentReceipts))
                            throw $TypeError(".cen.exchange.v1.SyncRequest.recentReceipts: array expected");
                        message.recentReceipts = $Array(object.recentReceipts.length);
                        for (let i = 0; i < object.recentReceipts.length; ++i)
                            message.recentReceipts[i] = $String(object.recentReceipts[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SyncRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.exchange.v1.SyncRequest
                 * @static
                 * @param {cen.exchange.v1.SyncRequest} message SyncRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SyncRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.purgeNotices = [];
                        object.recentReceipts = [];
                    }
                    if (options.defaults) {
                        object.agreementId = "";
                        object.agreementVersion = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.maxEntries = 0;
                    }
                    if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                        object.agreementId = message.agreementId;
                    if (message.agreementVersion != null && $Object.hasOwnProperty.call(message, "agreementVersion"))
                        object.agreementVersion = message.agreementVersion;
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                        else if (typeof message.cursor === "number")
                            object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                        else
                            object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
                    if (message.maxEntries != null && $Object.hasOwnProperty.call(message, "maxEntries"))
                        object.maxEntries = message.maxEntries;
                    if (message.purgeNotices && message.purgeNotices.length) {
                        object.purgeNotices = $Array(message.purgeNotices.length);
                        for (let j = 0; j < message.purgeNotices.length; ++j)
                            object.purgeNotices[j] = message.purgeNotices[j];
                    }
                    if (message.recentReceipts && message.recentReceipts.length) {
                        object.recentReceipts = $Array(message.recentReceipts.length);
                        for (let j = 0; j < message.recentReceipts.length; ++j)
                            object.recentReceipts[j] = message.recentReceipts[j];
                    }
                    return object;
                };

                /**
                 * Converts this SyncRequest to JSON.
                 * @function toJSON
                 * @memberof cen.exchange.v1.SyncRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SyncRequest.prototype.toJSON = function() {
                    return SyncRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SyncRequest
                 * @function getTypeUrl
                 * @memberof cen.exchange.v1.SyncRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SyncRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.exchange.v1.SyncRequest";
                };

                return SyncRequest;
            })();

            v1.Chunk = (function() {

                /**
                 * Properties of a Chunk.
                 * @typedef {Object} cen.exchange.v1.Chunk.$Properties
                 * @property {string} [manifest] Chunk manifest
                 * @property {Array.<Uint8Array>} [records] Chunk records
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Chunk.
                 * @memberof cen.exchange.v1
                 * @interface IChunk
                 * @augments cen.exchange.v1.Chunk.$Properties
                 * @deprecated Use cen.exchange.v1.Chunk.$Properties instead.
                 */

                /**
                 * Shape of a Chunk.
                 * @typedef {cen.exchange.v1.Chunk.$Properties} cen.exchange.v1.Chunk.$Shape
                 */

                /**
                 * Constructs a new Chunk.
                 * @memberof cen.exchange.v1
                 * @classdesc Represents a Chunk.
                 * @constructor
                 * @param {cen.exchange.v1.Chunk.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Chunk = function (properties) {
                    this.records = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Chunk manifest.
                 * @member {string} manifest
                 * @memberof cen.exchange.v1.Chunk
                 * @instance
                 */
                Chunk.prototype.manifest = "";

                /**
                 * Chunk records.
                 * @member {Array.<Uint8Array>} records
                 * @memberof cen.exchange.v1.Chunk
                 * @instance
                 */
                Chunk.prototype.records = $util.emptyArray;

                /**
                 * Creates a new Chunk instance using the specified properties.
                 * @function create
                 * @memberof cen.exchange.v1.Chunk
                 * @static
                 * @param {cen.exchange.v1.Chunk.$Properties=} [properties] Properties to set
                 * @returns {cen.exchange.v1.Chunk} Chunk instance
                 * @type {{
                 *   (properties: cen.exchange.v1.Chunk.$Shape): cen.exchange.v1.Chunk & cen.exchange.v1.Chunk.$Shape;
                 *   (properties?: cen.exchange.v1.Chunk.$Properties): cen.exchange.v1.Chunk;
                 * }}
                 */
                Chunk.create = function(properties) {
                    return new Chunk(properties);
                };

                /**
                 * Encodes the specified Chunk message. Does not implicitly {@link cen.exchange.v1.Chunk.verify|verify} messages.
                 * @function encode
                 * @memberof cen.exchange.v1.Chunk
                 * @static
                 * @param {cen.exchange.v1.Chunk.$Properties} message Chunk message or plain object to encode
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
                    if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest") && message.manifest !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.manifest);
                    if (message.records != null && message.records.length)
                        for (let i = 0; i < message.records.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.records[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Chunk message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.exchange.v1.Chunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.Chunk & cen.exchange.v1.Chunk.$Shape} Chunk
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
                    message = _target || new $root.cen.exchange.v1.Chunk();
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
                                    message.manifest = value;
                                else
                                    delete message.manifest;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.records && message.records.length))
                                    message.records = [];
                                message.records.push(reader.bytes());
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
                 * @memberof cen.exchange.v1.Chunk
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
                    if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                        if (!$util.isString(message.manifest))
                            return "manifest: string expected";
                    if (message.records != null && $Object.hasOwnProperty.call(message, "records")) {
                        if (!$Array.isArray(message.records))
                            return "records: array expected";
                        for (let i = 0; i < message.records.length; ++i)
                            if (!(message.records[i] && typeof message.records[i].length === "number" || $util.isString(message.records[i])))
                                return "records: buffer[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a Chunk message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.exchange.v1.Chunk
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.exchange.v1.Chunk} Chunk
                 */
                Chunk.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.exchange.v1.Chunk)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.exchange.v1.Chunk: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.exchange.v1.Chunk();
                    if (object.manifest != null)
                        if (typeof object.manifest !== "string" || object.manifest.length)
                            message.manifest = $String(object.manifest);
                    if (object.records) {
                        if (!$Array.isArray(object.records))
                            throw $TypeError(".cen.exchange.v1.Chunk.records: array expected");
                        message.records = $Array(object.records.length);
                        for (let i = 0; i < object.records.length; ++i)
                            if (typeof object.records[i] === "string")
                                $util.base64.decode(object.records[i], message.records[i] = $util.newBuffer($util.base64.length(object.records[i])), 0);
                            else if (object.records[i].length >= 0)
                                message.records[i] = object.records[i];
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Chunk message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.exchange.v1.Chunk
                 * @static
                 * @param {cen.exchange.v1.Chunk} message Chunk
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
                    if (options.arrays || options.defaults)
                        object.records = [];
                    if (options.defaults)
                        object.manifest = "";
                    if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                        object.manifest = message.manifest;
                    if (message.records && message.records.length) {
                        object.records = $Array(message.records.length);
                        for (let j = 0; j < message.records.length; ++j)
                            object.records[j] = options.bytes === $String ? $util.base64.encode(message.records[j], 0, message.records[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.records[j]) : message.records[j];
                    }
                    return object;
                };

                /**
                 * Converts this Chunk to JSON.
                 * @function toJSON
                 * @memberof cen.exchange.v1.Chunk
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Chunk.prototype.toJSON = function() {
                    return Chunk.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Chunk
                 * @function getTypeUrl
                 * @memberof cen.exchange.v1.Chunk
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Chunk.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.exchange.v1.Chunk";
                };

                return Chunk;
            })();

            v1.Receipt = (function() {

                /**
                 * Properties of a Receipt.
                 * @typedef {Object} cen.exchange.v1.Receipt.$Properties
                 * @property {string} [receipt] Receipt receipt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Receipt.
                 * @memberof cen.exchange.v1
                 * @interface IReceipt
                 * @augments cen.exchange.v1.Receipt.$Properties
                 * @deprecated Use cen.exchange.v1.Receipt.$Properties instead.
                 */

                /**
                 * Shape of a Receipt.
                 * @typedef {cen.exchange.v1.Receipt.$Properties} cen.exchange.v1.Receipt.$Shape
                 */

                /**
                 * Constructs a new Receipt.
                 * @memberof cen.exchange.v1
                 * @classdesc Represents a Receipt.
                 * @constructor
                 * @param {cen.exchange.v1.Receipt.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Receipt = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Receipt receipt.
                 * @member {string} receipt
                 * @memberof cen.exchange.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.receipt = "";

                /**
                 * Creates a new Receipt instance using the specified properties.
                 * @function create
                 * @memberof cen.exchange.v1.Receipt
                 * @static
                 * @param {cen.exchange.v1.Receipt.$Properties=} [properties] Properties to set
                 * @returns {cen.exchange.v1.Receipt} Receipt instance
                 * @type {{
                 *   (properties: cen.exchange.v1.Receipt.$Shape): cen.exchange.v1.Receipt & cen.exchange.v1.Receipt.$Shape;
                 *   (properties?: cen.exchange.v1.Receipt.$Properties): cen.exchange.v1.Receipt;
                 * }}
                 */
                Receipt.create = function(properties) {
                    return new Receipt(properties);
                };

                /**
                 * Encodes the specified Receipt message. Does not implicitly {@link cen.exchange.v1.Receipt.verify|verify} messages.
                 * @function encode
                 * @memberof cen.exchange.v1.Receipt
                 * @static
                 * @param {cen.exchange.v1.Receipt.$Properties} message Receipt message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Receipt.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt") && message.receipt !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.receipt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Receipt message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.exchange.v1.Receipt
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.Receipt & cen.exchange.v1.Receipt.$Shape} Receipt
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Receipt.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.exchange.v1.Receipt();
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
                                    message.receipt = value;
                                else
                                    delete message.receipt;
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
                 * Verifies a Receipt message.
                 * @function verify
                 * @memberof cen.exchange.v1.Receipt
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Receipt.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                        if (!$util.isString(message.receipt))
                            return "receipt: string expected";
                    return null;
                };

                /**
                 * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.exchange.v1.Receipt
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.exchange.v1.Receipt} Receipt
                 */
                Receipt.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.exchange.v1.Receipt)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.exchange.v1.Receipt: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.exchange.v1.Receipt();
                    if (object.receipt != null)
                        if (typeof object.receipt !== "string" || object.receipt.length)
                            message.receipt = $String(object.receipt);
                    return message;
                };

                /**
                 * Creates a plain object from a Receipt message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.exchange.v1.Receipt
                 * @static
                 * @param {cen.exchange.v1.Receipt} message Receipt
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Receipt.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.receipt = "";
                    if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                        object.receipt = message.receipt;
                    return object;
                };

                /**
                 * Converts this Receipt to JSON.
                 * @function toJSON
                 * @memberof cen.exchange.v1.Receipt
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Receipt.prototype.toJSON = function() {
                    return Receipt.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Receipt
                 * @function getTypeUrl
                 * @memberof cen.exchange.v1.Receipt
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Receipt.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.exchange.v1.Receipt";
                };

                return Receipt;
            })();

            v1.Delivery = (function() {

                /**
                 * Properties of a Delivery.
                 * @typedef {Object} cen.exchange.v1.Delivery.$Properties
                 * @property {string} [manifest] Delivery manifest
                 * @property {Array.<Uint8Array>} [records] Delivery records
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Delivery.
                 * @memberof cen.exchange.v1
                 * @interface IDelivery
                 * @augments cen.exchange.v1.Delivery.$Properties
                 * @deprecated Use cen.exchange.v1.Delivery.$Properties instead.
                 */

                /**
                 * Shape of a Delivery.
                 * @typedef {cen.exchange.v1.Delivery.$Properties} cen.exchange.v1.Delivery.$Shape
                 */

                /**
                 * Constructs a new Delivery.
                 * @memberof cen.exchange.v1
                 * @classdesc Represents a Delivery.
                 * @constructor
                 * @param {cen.exchange.v1.Delivery.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Delivery = function (properties) {
                    this.records = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Delivery manifest.
                 * @member {string} manifest
                 * @memberof cen.exchange.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.manifest = "";

                /**
                 * Delivery records.
                 * @member {Array.<Uint8Array>} records
                 * @memberof cen.exchange.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.records = $util.emptyArray;

                /**
                 * Creates a new Delivery instance using the specified properties.
                 * @function create
                 * @memberof cen.exchange.v1.Delivery
                 * @static
                 * @param {cen.exchange.v1.Delivery.$Properties=} [properties] Properties to set
                 * @returns {cen.exchange.v1.Delivery} Delivery instance
                 * @type {{
                 *   (properties: cen.exchange.v1.Delivery.$Shape): cen.exchange.v1.Delivery & cen.exchange.v1.Delivery.$Shape;
                 *   (properties?: cen.exchange.v1.Delivery.$Properties): cen.exchange.v1.Delivery;
                 * }}
                 */
                Delivery.create = function(properties) {
                    return new Delivery(properties);
                };

                /**
                 * Encodes the specified Delivery message. Does not implicitly {@link cen.exchange.v1.Delivery.verify|verify} messages.
                 * @function encode
                 * @memberof cen.exchange.v1.Delivery
                 * @static
                 * @param {cen.exchange.v1.Delivery.$Properties} message Delivery message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Delivery.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest") && message.manifest !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.manifest);
                    if (message.records != null && message.records.length)
                        for (let i = 0; i < message.records.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.records[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Delivery message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.exchange.v1.Delivery
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.Delivery & cen.exchange.v1.Delivery.$Shape} Delivery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Delivery.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.exchange.v1.Delivery();
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
                                    message.manifest = value;
                                else
                                    delete message.manifest;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.records && message.records.length))
                                    message.records = [];
                                message.records.push(reader.bytes());
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
                 * Verifies a Delivery message.
                 * @function verify
                 * @memberof cen.exchange.v1.Delivery
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Delivery.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                        if (!$util.isString(message.manifest))
                            return "manifest: string expected";
                    if (message.records != null && $Object.hasOwnProperty.call(message, "records")) {
                        if (!$Array.isArray(message.records))
                            return "records: array expected";
                        for (let i = 0; i < message.records.length; ++i)
                            if (!(message.records[i] && typeof message.records[i].length === "number" || $util.isString(message.records[i])))
                                return "records: buffer[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a Delivery message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.exchange.v1.Delivery
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.exchange.v1.Delivery} Delivery
                 */
                Delivery.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.exchange.v1.Delivery)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.exchange.v1.Delivery: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.exchange.v1.Delivery();
                    if (object.manifest != null)
                        if (typeof object.manifest !== "string" || object.manifest.length)
                            message.manifest = $String(object.manifest);
                    if (object.records) {
                        if (!$Array.isArray(object.records))
                            throw $TypeError(".cen.exchange.v1.Delivery.records: array expected");
                        message.records = $Array(object.records.length);
                        for (let i = 0; i < object.records.length; ++i)
                            if (typeof object.records[i] === "string")
                                $util.base64.decode(object.records[i], message.records[i] = $util.newBuffer($util.base64.length(object.records[i])), 0);
                            else if (object.records[i].length >= 0)
                                message.records[i] = object.records[i];
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Delivery message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.exchange.v1.Delivery
                 * @static
                 * @param {cen.exchange.v1.Delivery} message Delivery
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Delivery.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.records = [];
                    if (options.defaults)
                        object.manifest = "";
                    if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                        object.manifest = message.manifest;
                    if (message.records && message.records.length) {
                        object.records = $Array(message.records.length);
                        for (let j = 0; j < message.records.length; ++j)
                            object.records[j] = options.bytes === $String ? $util.base64.encode(message.records[j], 0, message.records[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.records[j]) : message.records[j];
                    }
                    return object;
                };

                /**
                 * Converts this Delivery to JSON.
                 * @function toJSON
                 * @memberof cen.exchange.v1.Delivery
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Delivery.prototype.toJSON = function() {
                    return Delivery.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Delivery
                 * @function getTypeUrl
                 * @memberof cen.exchange.v1.Delivery
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Delivery.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.exchange.v1.Delivery";
                };

                return Delivery;
            })();

            v1.Nudge = (function() {

                /**
                 * Properties of a Nudge.
                 * @typedef {Object} cen.exchange.v1.Nudge.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Nudge.
                 * @memberof cen.exchange.v1
                 * @interface INudge
                 * @augments cen.exchange.v1.Nudge.$Properties
                 * @deprecated Use cen.exchange.v1.Nudge.$Properties instead.
                 */

                /**
                 * Shape of a Nudge.
                 * @typedef {cen.exchange.v1.Nudge.$Properties} cen.exchange.v1.Nudge.$Shape
                 */

                /**
                 * Constructs a new Nudge.
                 * @memberof cen.exchange.v1
                 * @classdesc Represents a Nudge.
                 * @constructor
                 * @param {cen.exchange.v1.Nudge.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Nudge = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new Nudge instance using the specified properties.
                 * @function create
                 * @memberof cen.exchange.v1.Nudge
                 * @static
                 * @param {cen.exchange.v1.Nudge.$Properties=} [properties] Properties to set
                 * @returns {cen.exchange.v1.Nudge} Nudge instance
                 * @type {{
                 *   (properties: cen.exchange.v1.Nudge.$Shape): cen.exchange.v1.Nudge & cen.exchange.v1.Nudge.$Shape;
                 *   (properties?: cen.exchange.v1.Nudge.$Properties): cen.exchange.v1.Nudge;
                 * }}
                 */
                Nudge.create = function(properties) {
                    return new Nudge(properties);
                };

                /**
                 * Encodes the specified Nudge message. Does not implicitly {@link cen.exchange.v1.Nudge.verify|verify} messages.
                 * @function encode
                 * @memberof cen.exchange.v1.Nudge
                 * @static
                 * @param {cen.exchange.v1.Nudge.$Properties} message Nudge message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Nudge.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Nudge message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.exchange.v1.Nudge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.Nudge & cen.exchange.v1.Nudge.$Shape} Nudge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Nudge.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.exchange.v1.Nudge();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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
                 * Verifies a Nudge message.
                 * @function verify
                 * @memberof cen.exchange.v1.Nudge
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Nudge.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a Nudge message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.exchange.v1.Nudge
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.exchange.v1.Nudge} Nudge
                 */
                Nudge.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.exchange.v1.Nudge)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.exchange.v1.Nudge: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.cen.exchange.v1.Nudge();
                };

                /**
                 * Creates a plain object from a Nudge message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.exchange.v1.Nudge
                 * @static
                 * @param {cen.exchange.v1.Nudge} message Nudge
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Nudge.toObject = function () {
                    return {};
                };

                /**
                 * Converts this Nudge to JSON.
                 * @function toJSON
                 * @memberof cen.exchange.v1.Nudge
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Nudge.prototype.toJSON = function() {
                    return Nudge.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Nudge
                 * @function getTypeUrl
                 * @memberof cen.exchange.v1.Nudge
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Nudge.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.exchange.v1.Nudge";
                };

                return Nudge;
            })();

            v1.Refusal = (function() {

                /**
                 * Properties of a Refusal.
                 * @typedef {Object} cen.exchange.v1.Refusal.$Properties
                 * @property {string} [code] Refusal code
                 * @property {string} [message] Refusal message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Refusal.
                 * @memberof cen.exchange.v1
                 * @interface IRefusal
                 * @augments cen.exchange.v1.Refusal.$Properties
                 * @deprecated Use cen.exchange.v1.Refusal.$Properties instead.
                 */

                /**
                 * Shape of a Refusal.
                 * @typedef {cen.exchange.v1.Refusal.$Properties} cen.exchange.v1.Refusal.$Shape
                 */

                /**
                 * Constructs a new Refusal.
                 * @memberof cen.exchange.v1
                 * @classdesc Represents a Refusal.
                 * @constructor
                 * @param {cen.exchange.v1.Refusal.$Properties=} [properties] Properties to set
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
                 * @memberof cen.exchange.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.code = "";

                /**
                 * Refusal message.
                 * @member {string} message
                 * @memberof cen.exchange.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.message = "";

                /**
                 * Creates a new Refusal instance using the specified properties.
                 * @function create
                 * @memberof cen.exchange.v1.Refusal
                 * @static
                 * @param {cen.exchange.v1.Refusal.$Properties=} [properties] Properties to set
                 * @returns {cen.exchange.v1.Refusal} Refusal instance
                 * @type {{
                 *   (properties: cen.exchange.v1.Refusal.$Shape): cen.exchange.v1.Refusal & cen.exchange.v1.Refusal.$Shape;
                 *   (properties?: cen.exchange.v1.Refusal.$Properties): cen.exchange.v1.Refusal;
                 * }}
                 */
                Refusal.create = function(properties) {
                    return new Refusal(properties);
                };

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.exchange.v1.Refusal.verify|verify} messages.
                 * @function encode
                 * @memberof cen.exchange.v1.Refusal
                 * @static
                 * @param {cen.exchange.v1.Refusal.$Properties} message Refusal message or plain object to encode
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
                 * @memberof cen.exchange.v1.Refusal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.exchange.v1.Refusal & cen.exchange.v1.Refusal.$Shape} Refusal
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
                    message = _target || new $root.cen.exchange.v1.Refusal();
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
                 * @memberof cen.exchange.v1.Refusal
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
                 * @memberof cen.exchange.v1.Refusal
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.exchange.v1.Refusal} Refusal
                 */
                Refusal.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.exchange.v1.Refusal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.exchange.v1.Refusal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.exchange.v1.Refusal();
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
                 * @memberof cen.exchange.v1.Refusal
                 * @static
                 * @param {cen.exchange.v1.Refusal} message Refusal
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
                 * @memberof cen.exchange.v1.Refusal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Refusal.prototype.toJSON = function() {
                    return Refusal.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Refusal
                 * @function getTypeUrl
                 * @memberof cen.exchange.v1.Refusal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Refusal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.exchange.v1.Refusal";
                };

                return Refusal;
            })();

            return v1;
        })();

        return exchange;
    })();

    return cen;
})();

export {
  $root as default
};
