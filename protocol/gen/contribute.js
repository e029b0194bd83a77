/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Array = $util.global.Array, $String = $util.global.String;

// Exported root namespace
const $root = $protobuf.roots["contribute"] || ($protobuf.roots["contribute"] = {});

export const cen = $root.cen = (() => {

    /**
     * Namespace cen.
     * @exports cen
     * @namespace
     */
    const cen = {};

    cen.contribute = (function() {

        /**
         * Namespace contribute.
         * @memberof cen
         * @namespace
         */
        const contribute = {};

        contribute.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cen.contribute
             * @namespace
             */
            const v1 = {};

            v1.ContributeFrame = (function() {

                /**
                 * Properties of a ContributeFrame.
                 * @typedef {Object} cen.contribute.v1.ContributeFrame.$Properties
                 * @property {cen.contribute.v1.Batch.$Properties|null} [batch] ContributeFrame batch
                 * @property {cen.contribute.v1.Receipt.$Properties|null} [receipt] ContributeFrame receipt
                 * @property {cen.contribute.v1.Refusal.$Properties|null} [refusal] ContributeFrame refusal
                 * @property {"batch"|"receipt"|"refusal"} [body] ContributeFrame body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ContributeFrame.
                 * @memberof cen.contribute.v1
                 * @interface IContributeFrame
                 * @augments cen.contribute.v1.ContributeFrame.$Properties
                 * @deprecated Use cen.contribute.v1.ContributeFrame.$Properties instead.
                 */

                /**
                 * Narrowed shape of a ContributeFrame.
                 * @typedef {{
                 *   batch?: cen.contribute.v1.Batch.$Shape|null;
                 *   receipt?: cen.contribute.v1.Receipt.$Shape|null;
                 *   refusal?: cen.contribute.v1.Refusal.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; batch?: null; receipt?: null; refusal?: null }|{ body?: "batch"; batch: cen.contribute.v1.Batch.$Shape; receipt?: null; refusal?: null }|{ body?: "receipt"; batch?: null; receipt: cen.contribute.v1.Receipt.$Shape; refusal?: null }|{ body?: "refusal"; batch?: null; receipt?: null; refusal: cen.contribute.v1.Refusal.$Shape })
                 * )} cen.contribute.v1.ContributeFrame.$Shape
                 */

                /**
                 * Constructs a new ContributeFrame.
                 * @memberof cen.contribute.v1
                 * @classdesc Represents a ContributeFrame.
                 * @constructor
                 * @param {cen.contribute.v1.ContributeFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ContributeFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ContributeFrame batch.
                 * @member {cen.contribute.v1.Batch|null} batch
                 * @memberof cen.contribute.v1.ContributeFrame
                 * @instance
                 */
                ContributeFrame.prototype.batch = null;

                /**
                 * ContributeFrame receipt.
                 * @member {cen.contribute.v1.Receipt|null} receipt
                 * @memberof cen.contribute.v1.ContributeFrame
                 * @instance
                 */
                ContributeFrame.prototype.receipt = null;

                /**
                 * ContributeFrame refusal.
                 * @member {cen.contribute.v1.Refusal|null} refusal
                 * @memberof cen.contribute.v1.ContributeFrame
                 * @instance
                 */
                ContributeFrame.prototype.refusal = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * ContributeFrame body.
                 * @member {"batch"|"receipt"|"refusal"|undefined} body
                 * @memberof cen.contribute.v1.ContributeFrame
                 * @instance
                 */
                $Object.defineProperty(ContributeFrame.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["batch", "receipt", "refusal"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ContributeFrame instance using the specified properties.
                 * @function create
                 * @memberof cen.contribute.v1.ContributeFrame
                 * @static
                 * @param {cen.contribute.v1.ContributeFrame.$Properties=} [properties] Properties to set
                 * @returns {cen.contribute.v1.ContributeFrame} ContributeFrame instance
                 * @type {{
                 *   (properties: cen.contribute.v1.ContributeFrame.$Shape): cen.contribute.v1.ContributeFrame & cen.contribute.v1.ContributeFrame.$Shape;
                 *   (properties?: cen.contribute.v1.ContributeFrame.$Properties): cen.contribute.v1.ContributeFrame;
                 * }}
                 */
                ContributeFrame.create = function(properties) {
                    return new ContributeFrame(properties);
                };

                /**
                 * Encodes the specified ContributeFrame message. Does not implicitly {@link cen.contribute.v1.ContributeFrame.verify|verify} messages.
                 * @function encode
                 * @memberof cen.contribute.v1.ContributeFrame
                 * @static
                 * @param {cen.contribute.v1.ContributeFrame.$Properties} message ContributeFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContributeFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.batch != null && $Object.hasOwnProperty.call(message, "batch"))
                        $root.cen.contribute.v1.Batch.encode(message.batch, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                        $root.cen.contribute.v1.Receipt.encode(message.receipt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal"))
                        $root.cen.contribute.v1.Refusal.encode(message.refusal, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ContributeFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.contribute.v1.ContributeFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.contribute.v1.ContributeFrame & cen.contribute.v1.ContributeFrame.$Shape} ContributeFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContributeFrame.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.contribute.v1.ContributeFrame();
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
                                message.batch = $root.cen.contribute.v1.Batch.decode(reader, reader.size(), $undefined, _depth + 1, message.batch);
                                message.body = "batch";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.receipt = $root.cen.contribute.v1.Receipt.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                                message.body = "receipt";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.refusal = $root.cen.contribute.v1.Refusal.decode(reader, reader.size(), $undefined, _depth + 1, message.refusal);
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
                 * Verifies a ContributeFrame message.
                 * @function verify
                 * @memberof cen.contribute.v1.ContributeFrame
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ContributeFrame.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.batch != null && $Object.hasOwnProperty.call(message, "batch")) {
                        properties.body = 1;
                        {
                            let error = $root.cen.contribute.v1.Batch.verify(message.batch, _depth + 1);
                            if (error)
                                return "batch." + error;
                        }
                    }
                    if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.contribute.v1.Receipt.verify(message.receipt, _depth + 1);
                            if (error)
                                return "receipt." + error;
                        }
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.contribute.v1.Refusal.verify(message.refusal, _depth + 1);
                            if (error)
                                return "refusal." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ContributeFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.contribute.v1.ContributeFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.contribute.v1.ContributeFrame} ContributeFrame
                 */
                ContributeFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.contribute.v1.ContributeFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.contribute.v1.ContributeFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.contribute.v1.ContributeFrame();
                    if (object.batch != null) {
                        if (!$util.isObject(object.batch))
                            throw $TypeError(".cen.contribute.v1.ContributeFrame.batch: object expected");
                        message.batch = $root.cen.contribute.v1.Batch.fromObject(object.batch, _depth + 1);
                    }
                    if (object.receipt != null) {
                        if (!$util.isObject(object.receipt))
                            throw $TypeError(".cen.contribute.v1.ContributeFrame.receipt: object expected");
                        message.receipt = $root.cen.contribute.v1.Receipt.fromObject(object.receipt, _depth + 1);
                    }
                    if (object.refusal != null) {
                        if (!$util.isObject(object.refusal))
                            throw $TypeError(".cen.contribute.v1.ContributeFrame.refusal: object expected");
                        message.refusal = $root.cen.contribute.v1.Refusal.fromObject(object.refusal, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ContributeFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.contribute.v1.ContributeFrame
                 * @static
                 * @param {cen.contribute.v1.ContributeFrame} message ContributeFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ContributeFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.batch != null && $Object.hasOwnProperty.call(message, "batch")) {
                        object.batch = $root.cen.contribute.v1.Batch.toObject(message.batch, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "batch";
                    }
                    if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt")) {
                        object.receipt = $root.cen.contribute.v1.Receipt.toObject(message.receipt, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "receipt";
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        object.refusal = $root.cen.contribute.v1.Refusal.toObject(message.refusal, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "refusal";
                    }
                    return object;
                };

                /**
                 * Converts this ContributeFrame to JSON.
                 * @function toJSON
                 * @memberof cen.contribute.v1.ContributeFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ContributeFrame.prototype.toJSON = function() {
                    return ContributeFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ContributeFrame
                 * @function getTypeUrl
                 * @memberof cen.contribute.v1.ContributeFrame
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ContributeFrame.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.contribute.v1.ContributeFrame";
                };

                return ContributeFrame;
            })();

            v1.Batch = (function() {

                /**
                 * Properties of a Batch.
                 * @typedef {Object} cen.contribute.v1.Batch.$Properties
                 * @property {string} [manifest] Batch manifest
                 * @property {Array.<Uint8Array>} [records] Batch records
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Batch.
                 * @memberof cen.contribute.v1
                 * @interface IBatch
                 * @augments cen.contribute.v1.Batch.$Properties
                 * @deprecated Use cen.contribute.v1.Batch.$Properties instead.
                 */

                /**
                 * Shape of a Batch.
                 * @typedef {cen.contribute.v1.Batch.$Properties} cen.contribute.v1.Batch.$Shape
                 */

                /**
                 * Constructs a new Batch.
                 * @memberof cen.contribute.v1
                 * @classdesc Represents a Batch.
                 * @constructor
                 * @param {cen.contribute.v1.Batch.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Batch = function (properties) {
                    this.records = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Batch manifest.
                 * @member {string} manifest
                 * @memberof cen.contribute.v1.Batch
                 * @instance
                 */
                Batch.prototype.manifest = "";

                /**
                 * Batch records.
                 * @member {Array.<Uint8Array>} records
                 * @memberof cen.contribute.v1.Batch
                 * @instance
                 */
                Batch.prototype.records = $util.emptyArray;

                /**
                 * Creates a new Batch instance using the specified properties.
                 * @function create
                 * @memberof cen.contribute.v1.Batch
                 * @static
                 * @param {cen.contribute.v1.Batch.$Properties=} [properties] Properties to set
                 * @returns {cen.contribute.v1.Batch} Batch instance
                 * @type {{
                 *   (properties: cen.contribute.v1.Batch.$Shape): cen.contribute.v1.Batch & cen.contribute.v1.Batch.$Shape;
                 *   (properties?: cen.contribute.v1.Batch.$Properties): cen.contribute.v1.Batch;
                 * }}
                 */
                Batch.create = function(properties) {
                    return new Batch(properties);
                };

                /**
                 * Encodes the specified Batch message. Does not implicitly {@link cen.contribute.v1.Batch.verify|verify} messages.
                 * @function encode
                 * @memberof cen.contribute.v1.Batch
                 * @static
                 * @param {cen.contribute.v1.Batch.$Properties} message Batch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Batch.encode = function (message, writer, _depth) {
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
                 * Decodes a Batch message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.contribute.v1.Batch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.contribute.v1.Batch & cen.contribute.v1.Batch.$Shape} Batch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Batch.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.contribute.v1.Batch();
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
                 * Verifies a Batch message.
                 * @function verify
                 * @memberof cen.contribute.v1.Batch
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Batch.verify = function (message, _depth) {
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
                 * Creates a Batch message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.contribute.v1.Batch
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.contribute.v1.Batch} Batch
                 */
                Batch.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.contribute.v1.Batch)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.contribute.v1.Batch: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.contribute.v1.Batch();
                    if (object.manifest != null)
                        if (typeof object.manifest !== "string" || object.manifest.length)
                            message.manifest = $String(object.manifest);
                    if (object.records) {
                        if (!$Array.isArray(object.records))
                            throw $TypeError(".cen.contribute.v1.Batch.records: array expected");
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
                 * Creates a plain object from a Batch message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.contribute.v1.Batch
                 * @static
                 * @param {cen.contribute.v1.Batch} message Batch
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Batch.toObject = function (message, options, _depth) {
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
                 * Converts this Batch to JSON.
                 * @function toJSON
                 * @memberof cen.contribute.v1.Batch
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Batch.prototype.toJSON = function() {
                    return Batch.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Batch
                 * @function getTypeUrl
                 * @memberof cen.contribute.v1.Batch
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Batch.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.contribute.v1.Batch";
                };

                return Batch;
            })();

            v1.Receipt = (function() {

                /**
                 * Properties of a Receipt.
                 * @typedef {Object} cen.contribute.v1.Receipt.$Properties
                 * @property {string} [receipt] Receipt receipt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Receipt.
                 * @memberof cen.contribute.v1
                 * @interface IReceipt
                 * @augments cen.contribute.v1.Receipt.$Properties
                 * @deprecated Use cen.contribute.v1.Receipt.$Properties instead.
                 */

                /**
                 * Shape of a Receipt.
                 * @typedef {cen.contribute.v1.Receipt.$Properties} cen.contribute.v1.Receipt.$Shape
                 */

                /**
                 * Constructs a new Receipt.
                 * @memberof cen.contribute.v1
                 * @classdesc Represents a Receipt.
                 * @constructor
                 * @param {cen.contribute.v1.Receipt.$Properties=} [properties] Properties to set
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
                 * @memberof cen.contribute.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.receipt = "";

                /**
                 * Creates a new Receipt instance using the specified properties.
                 * @function create
                 * @memberof cen.contribute.v1.Receipt
                 * @static
                 * @param {cen.contribute.v1.Receipt.$Properties=} [properties] Properties to set
                 * @returns {cen.contribute.v1.Receipt} Receipt instance
                 * @type {{
                 *   (properties: cen.contribute.v1.Receipt.$Shape): cen.contribute.v1.Receipt & cen.contribute.v1.Receipt.$Shape;
                 *   (properties?: cen.contribute.v1.Receipt.$Properties): cen.contribute.v1.Receipt;
                 * }}
                 */
                Receipt.create = function(properties) {
                    return new Receipt(properties);
                };

                /**
                 * Encodes the specified Receipt message. Does not implicitly {@link cen.contribute.v1.Receipt.verify|verify} messages.
                 * @function encode
                 * @memberof cen.contribute.v1.Receipt
                 * @static
                 * @param {cen.contribute.v1.Receipt.$Properties} message Receipt message or plain object to encode
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
                 * @memberof cen.contribute.v1.Receipt
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.contribute.v1.Receipt & cen.contribute.v1.Receipt.$Shape} Receipt
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
                    message = _target || new $root.cen.contribute.v1.Receipt();
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
                 * @memberof cen.contribute.v1.Receipt
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
                 * @memberof cen.contribute.v1.Receipt
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.contribute.v1.Receipt} Receipt
                 */
                Receipt.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.contribute.v1.Receipt)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.contribute.v1.Receipt: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.contribute.v1.Receipt();
                    if (object.receipt != null)
                        if (typeof object.receipt !== "string" || object.receipt.length)
                            message.receipt = $String(object.receipt);
                    return message;
                };

                /**
                 * Creates a plain object from a Receipt message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.contribute.v1.Receipt
                 * @static
                 * @param {cen.contribute.v1.Receipt} message Receipt
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
                 * @memberof cen.contribute.v1.Receipt
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Receipt.prototype.toJSON = function() {
                    return Receipt.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Receipt
                 * @function getTypeUrl
                 * @memberof cen.contribute.v1.Receipt
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Receipt.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.contribute.v1.Receipt";
                };

                return Receipt;
            })();

            v1.Refusal = (function() {

                /**
                 * Properties of a Refusal.
                 * @typedef {Object} cen.contribute.v1.Refusal.$Properties
                 * @property {string} [code] Refusal code
                 * @property {string} [message] Refusal message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Refusal.
                 * @memberof cen.contribute.v1
                 * @interface IRefusal
                 * @augments cen.contribute.v1.Refusal.$Properties
                 * @deprecated Use cen.contribute.v1.Refusal.$Properties instead.
                 */

                /**
                 * Shape of a Refusal.
                 * @typedef {cen.contribute.v1.Refusal.$Properties} cen.contribute.v1.Refusal.$Shape
                 */

                /**
                 * Constructs a new Refusal.
                 * @memberof cen.contribute.v1
                 * @classdesc Represents a Refusal.
                 * @constructor
                 * @param {cen.contribute.v1.Refusal.$Properties=} [properties] Properties to set
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
                 * @memberof cen.contribute.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.code = "";

                /**
                 * Refusal message.
                 * @member {string} message
                 * @memberof cen.contribute.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.message = "";

                /**
                 * Creates a new Refusal instance using the specified properties.
                 * @function create
                 * @memberof cen.contribute.v1.Refusal
                 * @static
                 * @param {cen.contribute.v1.Refusal.$Properties=} [properties] Properties to set
                 * @returns {cen.contribute.v1.Refusal} Refusal instance
                 * @type {{
                 *   (properties: cen.contribute.v1.Refusal.$Shape): cen.contribute.v1.Refusal & cen.contribute.v1.Refusal.$Shape;
                 *   (properties?: cen.contribute.v1.Refusal.$Properties): cen.contribute.v1.Refusal;
                 * }}
                 */
                Refusal.create = function(properties) {
                    return new Refusal(properties);
                };

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.contribute.v1.Refusal.verify|verify} messages.
                 * @function encode
                 * @memberof cen.contribute.v1.Refusal
                 * @static
                 * @param {cen.contribute.v1.Refusal.$Properties} message Refusal message or plain object to encode
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
                 * @memberof cen.contribute.v1.Refusal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.contribute.v1.Refusal & cen.contribute.v1.Refusal.$Shape} Refusal
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
                    message = _target || new $root.cen.contribute.v1.Refusal();
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
                 * @memberof cen.contribute.v1.Refusal
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
                 * @memberof cen.contribute.v1.Refusal
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.contribute.v1.Refusal} Refusal
                 */
                Refusal.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.contribute.v1.Refusal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.contribute.v1.Refusal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.contribute.v1.Refusal();
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
                 * @memberof cen.contribute.v1.Refusal
                 * @static
                 * @param {cen.contribute.v1.Refusal} message Refusal
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
                 * @memberof cen.contribute.v1.Refusal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Refusal.prototype.toJSON = function() {
                    return Refusal.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Refusal
                 * @function getTypeUrl
                 * @memberof cen.contribute.v1.Refusal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Refusal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.contribute.v1.Refusal";
                };

                return Refusal;
            })();

            return v1;
        })();

        return contribute;
    })();

    return cen;
})();

export {
  $root as default
};
