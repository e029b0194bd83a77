/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["publications"] || ($protobuf.roots["publications"] = {});

export const cen = $root.cen = (() => {

    /**
     * Namespace cen.
     * @exports cen
     * @namespace
     */
    const cen = {};

    cen.publications = (function() {

        /**
         * Namespace publications.
         * @memberof cen
         * @namespace
         */
        const publications = {};

        publications.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cen.publications
             * @namespace
             */
            const v1 = {};

            v1.PublicationsFrame = (function() {

                /**
                 * Properties of a PublicationsFrame.
                 * @typedef {Object} cen.publications.v1.PublicationsFrame.$Properties
                 * @property {cen.publications.v1.Since.$Properties|null} [since] PublicationsFrame since
                 * @property {cen.publications.v1.Events.$Properties|null} [events] PublicationsFrame events
                 * @property {cen.publications.v1.AttachmentRequest.$Properties|null} [attachmentRequest] PublicationsFrame attachmentRequest
                 * @property {cen.publications.v1.Attachment.$Properties|null} [attachment] PublicationsFrame attachment
                 * @property {cen.publications.v1.Refusal.$Properties|null} [refusal] PublicationsFrame refusal
                 * @property {"since"|"events"|"attachmentRequest"|"attachment"|"refusal"} [body] PublicationsFrame body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PublicationsFrame.
                 * @memberof cen.publications.v1
                 * @interface IPublicationsFrame
                 * @augments cen.publications.v1.PublicationsFrame.$Properties
                 * @deprecated Use cen.publications.v1.PublicationsFrame.$Properties instead.
                 */

                /**
                 * Narrowed shape of a PublicationsFrame.
                 * @typedef {{
                 *   since?: cen.publications.v1.Since.$Shape|null;
                 *   events?: cen.publications.v1.Events.$Shape|null;
                 *   attachmentRequest?: cen.publications.v1.AttachmentRequest.$Shape|null;
                 *   attachment?: cen.publications.v1.Attachment.$Shape|null;
                 *   refusal?: cen.publications.v1.Refusal.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; since?: null; events?: null; attachmentRequest?: null; attachment?: null; refusal?: null }|{ body?: "since"; since: cen.publications.v1.Since.$Shape; events?: null; attachmentRequest?: null; attachment?: null; refusal?: null }|{ body?: "events"; since?: null; events: cen.publications.v1.Events.$Shape; attachmentRequest?: null; attachment?: null; refusal?: null }|{ body?: "attachmentRequest"; since?: null; events?: null; attachmentRequest: cen.publications.v1.AttachmentRequest.$Shape; attachment?: null; refusal?: null }|{ body?: "attachment"; since?: null; events?: null; attachmentRequest?: null; attachment: cen.publications.v1.Attachment.$Shape; refusal?: null }|{ body?: "refusal"; since?: null; events?: null; attachmentRequest?: null; attachment?: null; refusal: cen.publications.v1.Refusal.$Shape })
                 * )} cen.publications.v1.PublicationsFrame.$Shape
                 */

                /**
                 * Constructs a new PublicationsFrame.
                 * @memberof cen.publications.v1
                 * @classdesc Represents a PublicationsFrame.
                 * @constructor
                 * @param {cen.publications.v1.PublicationsFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PublicationsFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PublicationsFrame since.
                 * @member {cen.publications.v1.Since|null} since
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @instance
                 */
                PublicationsFrame.prototype.since = null;

                /**
                 * PublicationsFrame events.
                 * @member {cen.publications.v1.Events|null} events
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @instance
                 */
                PublicationsFrame.prototype.events = null;

                /**
                 * PublicationsFrame attachmentRequest.
                 * @member {cen.publications.v1.AttachmentRequest|null} attachmentRequest
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @instance
                 */
                PublicationsFrame.prototype.attachmentRequest = null;

                /**
                 * PublicationsFrame attachment.
                 * @member {cen.publications.v1.Attachment|null} attachment
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @instance
                 */
                PublicationsFrame.prototype.attachment = null;

                /**
                 * PublicationsFrame refusal.
                 * @member {cen.publications.v1.Refusal|null} refusal
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @instance
                 */
                PublicationsFrame.prototype.refusal = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * PublicationsFrame body.
                 * @member {"since"|"events"|"attachmentRequest"|"attachment"|"refusal"|undefined} body
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @instance
                 */
                $Object.defineProperty(PublicationsFrame.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["since", "events", "attachmentRequest", "attachment", "refusal"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new PublicationsFrame instance using the specified properties.
                 * @function create
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @static
                 * @param {cen.publications.v1.PublicationsFrame.$Properties=} [properties] Properties to set
                 * @returns {cen.publications.v1.PublicationsFrame} PublicationsFrame instance
                 * @type {{
                 *   (properties: cen.publications.v1.PublicationsFrame.$Shape): cen.publications.v1.PublicationsFrame & cen.publications.v1.PublicationsFrame.$Shape;
                 *   (properties?: cen.publications.v1.PublicationsFrame.$Properties): cen.publications.v1.PublicationsFrame;
                 * }}
                 */
                PublicationsFrame.create = function(properties) {
                    return new PublicationsFrame(properties);
                };

                /**
                 * Encodes the specified PublicationsFrame message. Does not implicitly {@link cen.publications.v1.PublicationsFrame.verify|verify} messages.
                 * @function encode
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @static
                 * @param {cen.publications.v1.PublicationsFrame.$Properties} message PublicationsFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PublicationsFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.since != null && $Object.hasOwnProperty.call(message, "since"))
                        $root.cen.publications.v1.Since.encode(message.since, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                        $root.cen.publications.v1.Events.encode(message.events, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.attachmentRequest != null && $Object.hasOwnProperty.call(message, "attachmentRequest"))
                        $root.cen.publications.v1.AttachmentRequest.encode(message.attachmentRequest, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment"))
                        $root.cen.publications.v1.Attachment.encode(message.attachment, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal"))
                        $root.cen.publications.v1.Refusal.encode(message.refusal, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PublicationsFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.publications.v1.PublicationsFrame & cen.publications.v1.PublicationsFrame.$Shape} PublicationsFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PublicationsFrame.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.publications.v1.PublicationsFrame();
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
                                message.since = $root.cen.publications.v1.Since.decode(reader, reader.size(), $undefined, _depth + 1, message.since);
                                message.body = "since";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.events = $root.cen.publications.v1.Events.decode(reader, reader.size(), $undefined, _depth + 1, message.events);
                                message.body = "events";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.attachmentRequest = $root.cen.publications.v1.AttachmentRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.attachmentRequest);
                                message.body = "attachmentRequest";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.attachment = $root.cen.publications.v1.Attachment.decode(reader, reader.size(), $undefined, _depth + 1, message.attachment);
                                message.body = "attachment";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.refusal = $root.cen.publications.v1.Refusal.decode(reader, reader.size(), $undefined, _depth + 1, message.refusal);
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
                 * Verifies a PublicationsFrame message.
                 * @function verify
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PublicationsFrame.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.since != null && $Object.hasOwnProperty.call(message, "since")) {
                        properties.body = 1;
                        {
                            let error = $root.cen.publications.v1.Since.verify(message.since, _depth + 1);
                            if (error)
                                return "since." + error;
                        }
                    }
                    if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.publications.v1.Events.verify(message.events, _depth + 1);
                            if (error)
                                return "events." + error;
                        }
                    }
                    if (message.attachmentRequest != null && $Object.hasOwnProperty.call(message, "attachmentRequest")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.publications.v1.AttachmentRequest.verify(message.attachmentRequest, _depth + 1);
                            if (error)
                                return "attachmentRequest." + error;
                        }
                    }
                    if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.publications.v1.Attachment.verify(message.attachment, _depth + 1);
                            if (error)
                                return "attachment." + error;
                        }
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.publications.v1.Refusal.verify(message.refusal, _depth + 1);
                            if (error)
                                return "refusal." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a PublicationsFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.publications.v1.PublicationsFrame} PublicationsFrame
                 */
                PublicationsFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.publications.v1.PublicationsFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.publications.v1.PublicationsFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.publications.v1.PublicationsFrame();
                    if (object.since != null) {
                        if (!$util.isObject(object.since))
                            throw $TypeError(".cen.publications.v1.PublicationsFrame.since: object expected");
                        message.since = $root.cen.publications.v1.Since.fromObject(object.since, _depth + 1);
                    }
                    if (object.events != null) {
                        if (!$util.isObject(object.events))
                            throw $TypeError(".cen.publications.v1.PublicationsFrame.events: object expected");
                        message.events = $root.cen.publications.v1.Events.fromObject(object.events, _depth + 1);
                    }
                    if (object.attachmentRequest != null) {
                        if (!$util.isObject(object.attachmentRequest))
                            throw $TypeError(".cen.publications.v1.PublicationsFrame.attachmentRequest: object expected");
                        message.attachmentRequest = $root.cen.publications.v1.AttachmentRequest.fromObject(object.attachmentRequest, _depth + 1);
                    }
                    if (object.attachment != null) {
                        if (!$util.isObject(object.attachment))
                            throw $TypeError(".cen.publications.v1.PublicationsFrame.attachment: object expected");
                        message.attachment = $root.cen.publications.v1.Attachment.fromObject(object.attachment, _depth + 1);
                    }
                    if (object.refusal != null) {
                        if (!$util.isObject(object.refusal))
                            throw $TypeError(".cen.publications.v1.PublicationsFrame.refusal: object expected");
                        message.refusal = $root.cen.publications.v1.Refusal.fromObject(object.refusal, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a PublicationsFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @static
                 * @param {cen.publications.v1.PublicationsFrame} message PublicationsFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PublicationsFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.since != null && $Object.hasOwnProperty.call(message, "since")) {
                        object.since = $root.cen.publications.v1.Since.toObject(message.since, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "since";
                    }
                    if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
                        object.events = $root.cen.publications.v1.Events.toObject(message.events, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "events";
                    }
                    if (message.attachmentRequest != null && $Object.hasOwnProperty.call(message, "attachmentRequest")) {
                        object.attachmentRequest = $root.cen.publications.v1.AttachmentRequest.toObject(message.attachmentRequest, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "attachmentRequest";
                    }
                    if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment")) {
                        object.attachment = $root.cen.publications.v1.Attachment.toObject(message.attachment, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "attachment";
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        object.refusal = $root.cen.publications.v1.Refusal.toObject(message.refusal, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "refusal";
                    }
                    return object;
                };

                /**
                 * Converts this PublicationsFrame to JSON.
                 * @function toJSON
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PublicationsFrame.prototype.toJSON = function() {
                    return PublicationsFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PublicationsFrame
                 * @function getTypeUrl
                 * @memberof cen.publications.v1.PublicationsFrame
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PublicationsFrame.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.publications.v1.PublicationsFrame";
                };

                return PublicationsFrame;
            })();

            v1.Since = (function() {

                /**
                 * Properties of a Since.
                 * @typedef {Object} cen.publications.v1.Since.$Properties
                 * @property {number} [cursor] Since cursor
                 * @property {number} [limit] Since limit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Since.
                 * @memberof cen.publications.v1
                 * @interface ISince
                 * @augments cen.publications.v1.Since.$Properties
                 * @deprecated Use cen.publications.v1.Since.$Properties instead.
                 */

                /**
                 * Shape of a Since.
                 * @typedef {cen.publications.v1.Since.$Properties} cen.publications.v1.Since.$Shape
                 */

                /**
                 * Constructs a new Since.
                 * @memberof cen.publications.v1
                 * @classdesc Represents a Since.
                 * @constructor
                 * @param {cen.publications.v1.Since.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Since = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Since cursor.
                 * @member {number} cursor
                 * @memberof cen.publications.v1.Since
                 * @instance
                 */
                Since.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Since limit.
                 * @member {number} limit
                 * @memberof cen.publications.v1.Since
                 * @instance
                 */
                Since.prototype.limit = 0;

                /**
                 * Creates a new Since instance using the specified properties.
                 * @function create
                 * @memberof cen.publications.v1.Since
                 * @static
                 * @param {cen.publications.v1.Since.$Properties=} [properties] Properties to set
                 * @returns {cen.publications.v1.Since} Since instance
                 * @type {{
                 *   (properties: cen.publications.v1.Since.$Shape): cen.publications.v1.Since & cen.publications.v1.Since.$Shape;
                 *   (properties?: cen.publications.v1.Since.$Properties): cen.publications.v1.Since;
                 * }}
                 */
                Since.create = function(properties) {
                    return new Since(properties);
                };

                /**
                 * Encodes the specified Since message. Does not implicitly {@link cen.publications.v1.Since.verify|verify} messages.
                 * @function encode
                 * @memberof cen.publications.v1.Since
                 * @static
                 * @param {cen.publications.v1.Since.$Properties} message Since message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Since.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.cursor);
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Since message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.publications.v1.Since
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.publications.v1.Since & cen.publications.v1.Since.$Shape} Since
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Since.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.publications.v1.Since();
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
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
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
                 * Verifies a Since message.
                 * @function verify
                 * @memberof cen.publications.v1.Since
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Since.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        if (!$util.isInteger(message.cursor) && !(message.cursor && $util.isInteger(message.cursor.low) && $util.isInteger(message.cursor.high)))
                            return "cursor: integer|Long expected";
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        if (!$util.isInteger(message.limit))
                            return "limit: integer expected";
                    return null;
                };

                /**
                 * Creates a Since message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.publications.v1.Since
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.publications.v1.Since} Since
                 */
                Since.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.publications.v1.Since)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.publications.v1.Since: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.publications.v1.Since();
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
                    if (object.limit != null)
                        if ($Number(object.limit) !== 0)
                            message.limit = object.limit >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Since message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.publications.v1.Since
                 * @static
                 * @param {cen.publications.v1.Since} message Since
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Since.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.limit = 0;
                    }
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                        else if (typeof message.cursor === "number")
                            object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                        else
                            object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        object.limit = message.limit;
                    return object;
                };

                /**
                 * Converts this Since to JSON.
                 * @function toJSON
                 * @memberof cen.publications.v1.Since
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Since.prototype.toJSON = function() {
                    return Since.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Since
                 * @function getTypeUrl
                 * @memberof cen.publications.v1.Since
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Since.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.publications.v1.Since";
                };

                return Since;
            })();

            v1.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} cen.publications.v1.Event.$Properties
                 * @property {number} [seq] Event seq
                 * @property {string} [kind] Event kind
                 * @property {string} [statement] Event statement
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof cen.publications.v1
                 * @interface IEvent
                 * @augments cen.publications.v1.Event.$Properties
                 * @deprecated Use cen.publications.v1.Event.$Properties instead.
                 */

                /**
                 * Shape of an Event.
                 * @typedef {cen.publications.v1.Event.$Properties} cen.publications.v1.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof cen.publications.v1
                 * @classdesc Represents an Event.
                 * @constructor
                 * @param {cen.publications.v1.Event.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Event = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Event seq.
                 * @member {number} seq
                 * @memberof cen.publications.v1.Event
                 * @instance
                 */
                Event.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Event kind.
                 * @member {string} kind
                 * @memberof cen.publications.v1.Event
                 * @instance
                 */
                Event.prototype.kind = "";

                /**
                 * Event statement.
                 * @member {string} statement
                 * @memberof cen.publications.v1.Event
                 * @instance
                 */
                Event.prototype.statement = "";

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof cen.publications.v1.Event
                 * @static
                 * @param {cen.publications.v1.Event.$Properties=} [properties] Properties to set
                 * @returns {cen.publications.v1.Event} Event instance
                 * @type {{
                 *   (properties: cen.publications.v1.Event.$Shape): cen.publications.v1.Event & cen.publications.v1.Event.$Shape;
                 *   (properties?: cen.publications.v1.Event.$Properties): cen.publications.v1.Event;
                 * }}
                 */
                Event.create = function(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link cen.publications.v1.Event.verify|verify} messages.
                 * @function encode
                 * @memberof cen.publications.v1.Event
                 * @static
                 * @param {cen.publications.v1.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                    if (message.statement != null && $Object.hasOwnProperty.call(message, "statement") && message.statement !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.statement);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.publications.v1.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.publications.v1.Event & cen.publications.v1.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.publications.v1.Event();
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
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.statement = value;
                                else
                                    delete message.statement;
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
                 * Verifies an Event message.
                 * @function verify
                 * @memberof cen.publications.v1.Event
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Event.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                            return "seq: integer|Long expected";
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        if (!$util.isString(message.kind))
                            return "kind: string expected";
                    if (message.statement != null && $Object.hasOwnProperty.call(message, "statement"))
                        if (!$util.isString(message.statement))
                            return "statement: string expected";
                    return null;
                };

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.publications.v1.Event
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.publications.v1.Event} Event
                 */
                Event.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.publications.v1.Event)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.publications.v1.Event: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.publications.v1.Event();
                    if (object.seq != null)
                        if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                            if ($util.Long)
                                message.seq = $util.Long.fromValue(object.seq, true);
                            else if (typeof object.seq === "string")
                                message.seq = $parseInt(object.seq, 10);
                            else if (typeof object.seq === "number")
                                message.seq = object.seq;
                            else if (typeof object.seq === "object")
                                message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                    if (object.kind != null)
                        if (typeof object.kind !== "string" || object.kind.length)
                            message.kind = $String(object.kind);
                    if (object.statement != null)
                        if (typeof object.statement !== "string" || object.statement.length)
                            message.statement = $String(object.statement);
                    return message;
                };

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.publications.v1.Event
                 * @static
                 * @param {cen.publications.v1.Event} message Event
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Event.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.kind = "";
                        object.statement = "";
                    }
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                        else if (typeof message.seq === "number")
                            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                        else
                            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = message.kind;
                    if (message.statement != null && $Object.hasOwnProperty.call(message, "statement"))
                        object.statement = message.statement;
                    return object;
                };

                /**
                 * Converts this Event to JSON.
                 * @function toJSON
                 * @memberof cen.publications.v1.Event
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Event.prototype.toJSON = function() {
                    return Event.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Event
                 * @function getTypeUrl
                 * @memberof cen.publications.v1.Event
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Event.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.publications.v1.Event";
                };

                return Event;
            })();

            v1.Events = (function() {

                /**
                 * Properties of an Events.
                 * @typedef {Object} cen.publications.v1.Events.$Properties
                 * @property {Array.<cen.publications.v1.Event.$Properties>} [events] Events events
                 * @property {number} [cursor] Events cursor
                 * @property {boolean} [more] Events more
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Events.
                 * @memberof cen.publications.v1
                 * @interface IEvents
                 * @augments cen.publications.v1.Events.$Properties
                 * @deprecated Use cen.publications.v1.Events.$Properties instead.
                 */

                /**
                 * Shape of an Events.
                 * @typedef {cen.publications.v1.Events.$Properties} cen.publications.v1.Events.$Shape
                 */

                /**
                 * Constructs a new Events.
                 * @memberof cen.publications.v1
                 * @classdesc Represents an Events.
                 * @constructor
                 * @param {cen.publications.v1.Events.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Events = function (properties) {
                    this.events = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Events events.
                 * @member {Array.<cen.publications.v1.Event>} events
                 * @memberof cen.publications.v1.Events
                 * @instance
                 */
                Events.prototype.events = $util.emptyArray;

                /**
                 * Events cursor.
                 * @member {number} cursor
                 * @memberof cen.publications.v1.Events
                 * @instance
                 */
                Events.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Events more.
                 * @member {boolean} more
                 * @memberof cen.publications.v1.Events
                 * @instance
                 */
                Events.prototype.more = false;

                /**
                 * Creates a new Events instance using the specified properties.
                 * @function create
                 * @memberof cen.publications.v1.Events
                 * @static
                 * @param {cen.publications.v1.Events.$Properties=} [properties] Properties to set
                 * @returns {cen.publications.v1.Events} Events instance
                 * @type {{
                 *   (properties: cen.publications.v1.Events.$Shape): cen.publications.v1.Events & cen.publications.v1.Events.$Shape;
                 *   (properties?: cen.publications.v1.Events.$Properties): cen.publications.v1.Events;
                 * }}
                 */
                Events.create = function(properties) {
                    return new Events(properties);
                };

                /**
                 * Encodes the specified Events message. Does not implicitly {@link cen.publications.v1.Events.verify|verify} messages.
                 * @function encode
                 * @memberof cen.publications.v1.Events
                 * @static
                 * @param {cen.publications.v1.Events.$Properties} message Events message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Events.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.events != null && message.events.length)
                        for (let i = 0; i < message.events.length; ++i)
                            $root.cen.publications.v1.Event.encode(message.events[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.cursor);
                    if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.more);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Events message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.publications.v1.Events
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.publications.v1.Events & cen.publications.v1.Events.$Shape} Events
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Events.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.publications.v1.Events();
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
                                if (!(message.events && message.events.length))
                                    message.events = [];
                                message.events.push($root.cen.publications.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cursor = value;
                                else
                                    delete message.cursor;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.more = value;
                                else
                                    delete message.more;
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
                 * Verifies an Events message.
                 * @function verify
                 * @memberof cen.publications.v1.Events
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Events.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
                        if (!$Array.isArray(message.events))
                            return "events: array expected";
                        for (let i = 0; i < message.events.length; ++i) {
                            let error = $root.cen.publications.v1.Event.verify(message.events[i], _depth + 1);
                            if (error)
                                return "events." + error;
                        }
                    }
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        if (!$util.isInteger(message.cursor) && !(message.cursor && $util.isInteger(message.cursor.low) && $util.isInteger(message.cursor.high)))
                            return "cursor: integer|Long expected";
                    if (message.more != null && $Object.hasOwnProperty.call(message, "more"))
                        if (typeof message.more !== "boolean")
                            return "more: boolean expected";
                    return null;
                };

                /**
                 * Creates an Events message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.publications.v1.Events
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.publications.v1.Events} Events
                 */
                Events.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.publications.v1.Events)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.publications.v1.Events: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.publications.v1.Events();
                    if (object.events) {
                        if (!$Array.isArray(object.events))
                            throw $TypeError(".cen.publications.v1.Events.events: array expected");
                        message.events = $Array(object.events.length);
                        for (let i = 0; i < object.events.length; ++i) {
                            if (!$util.isObject(object.events[i]))
                                throw $TypeError(".cen.publications.v1.Events.events: object expected");
                            message.events[i] = $root.cen.publications.v1.Event.fromObject(object.events[i], _depth + 1);
                        }
                    }
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
                    if (object.more != null)
                        if (object.more)
                            message.more = $Boolean(object.more);
                    return message;
                };

                /**
                 * Creates a plain object from an Events message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.publications.v1.Events
                 * @static
                 * @param {cen.publications.v1.Events} message Events
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Events.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.events = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.more = false;
                    }
                    if (message.events && message.events.length) {
                        object.events = $Array(message.events.length);
                        for (let j = 0; j < message.events.length; ++j)
                            object.events[j] = $root.cen.publications.v1.Event.toObject(message.events[j], options, _depth + 1);
                    }
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                        else if (typeof message.cursor === "number")
                            object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                        else
                            object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
                    if (message.more != null && $Object.hasOwnProperty.call(message, "more"))
                        object.more = message.more;
                    return object;
                };

                /**
                 * Converts this Events to JSON.
                 * @function toJSON
                 * @memberof cen.publications.v1.Events
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Events.prototype.toJSON = function() {
                    return Events.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Events
                 * @function getTypeUrl
                 * @memberof cen.publications.v1.Events
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Events.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.publications.v1.Events";
                };

                return Events;
            })();

            v1.AttachmentRequest = (function() {

                /**
                 * Properties of an AttachmentRequest.
                 * @typedef {Object} cen.publications.v1.AttachmentRequest.$Properties
                 * @property {string} [publicationId] AttachmentRequest publicationId
                 * @property {number} [index] AttachmentRequest index
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AttachmentRequest.
                 * @memberof cen.publications.v1
                 * @interface IAttachmentRequest
                 * @augments cen.publications.v1.AttachmentRequest.$Properties
                 * @deprecated Use cen.publications.v1.AttachmentRequest.$Properties instead.
                 */

                /**
                 * Shape of an AttachmentRequest.
                 * @typedef {cen.publications.v1.AttachmentRequest.$Properties} cen.publications.v1.AttachmentRequest.$Shape
                 */

                /**
                 * Constructs a new AttachmentRequest.
                 * @memberof cen.publications.v1
                 * @classdesc Represents an AttachmentRequest.
                 * @constructor
                 * @param {cen.publications.v1.AttachmentRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AttachmentRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AttachmentRequest publicationId.
                 * @member {string} publicationId
                 * @memberof cen.publications.v1.AttachmentRequest
                 * @instance
                 */
                AttachmentRequest.prototype.publicationId = "";

                /**
                 * AttachmentRequest index.
                 * @member {number} index
                 * @memberof cen.publications.v1.AttachmentRequest
                 * @instance
                 */
                AttachmentRequest.prototype.index = 0;

                /**
                 * Creates a new AttachmentRequest instance using the specified properties.
                 * @function create
                 * @memberof cen.publications.v1.AttachmentRequest
                 * @static
                 * @param {cen.publications.v1.AttachmentRequest.$Properties=} [properties] Properties to set
                 * @returns {cen.publications.v1.AttachmentRequest} AttachmentRequest instance
                 * @type {{
                 *   (properties: cen.publications.v1.AttachmentRequest.$Shape): cen.publications.v1.AttachmentRequest & cen.publications.v1.AttachmentRequest.$Shape;
                 *   (properties?: cen.publications.v1.AttachmentRequest.$Properties): cen.publications.v1.AttachmentRequest;
                 * }}
                 */
                AttachmentRequest.create = function(properties) {
                    return new AttachmentRequest(properties);
                };

                /**
                 * Encodes the specified AttachmentRequest message. Does not implicitly {@link cen.publications.v1.AttachmentRequest.verify|verify} messages.
                 * @function encode
                 * @memberof cen.publications.v1.AttachmentRequest
                 * @static
                 * @param {cen.publications.v1.AttachmentRequest.$Properties} message AttachmentRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttachmentRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.publicationId != null && $Object.hasOwnProperty.call(message, "publicationId") && message.publicationId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.publicationId);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.index);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AttachmentRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.publications.v1.AttachmentRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.publications.v1.AttachmentRequest & cen.publications.v1.AttachmentRequest.$Shape} AttachmentRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttachmentRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.publications.v1.AttachmentRequest();
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
                                    message.publicationId = value;
                                else
                                    delete message.publicationId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.index = value;
                                else
                                    delete message.index;
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
                 * Verifies an AttachmentRequest message.
                 * @function verify
                 * @memberof cen.publications.v1.AttachmentRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AttachmentRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.publicationId != null && $Object.hasOwnProperty.call(message, "publicationId"))
                        if (!$util.isString(message.publicationId))
                            return "publicationId: string expected";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index))
                            return "index: integer expected";
                    return null;
                };

                /**
                 * Creates an AttachmentRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.publications.v1.AttachmentRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.publications.v1.AttachmentRequest} AttachmentRequest
                 */
                AttachmentRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.publications.v1.AttachmentRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.publications.v1.AttachmentRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.publications.v1.AttachmentRequest();
                    if (object.publicationId != null)
                        if (typeof object.publicationId !== "string" || object.publicationId.length)
                            message.publicationId = $String(object.publicationId);
                    if (object.index != null)
                        if ($Number(object.index) !== 0)
                            message.index = object.index >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from an AttachmentRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.publications.v1.AttachmentRequest
                 * @static
                 * @param {cen.publications.v1.AttachmentRequest} message AttachmentRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AttachmentRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.publicationId = "";
                        object.index = 0;
                    }
                    if (message.publicationId != null && $Object.hasOwnProperty.call(message, "publicationId"))
                        object.publicationId = message.publicationId;
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        object.index = message.index;
                    return object;
                };

                /**
                 * Converts this AttachmentRequest to JSON.
                 * @function toJSON
                 * @memberof cen.publications.v1.AttachmentRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AttachmentRequest.prototype.toJSON = function() {
                    return AttachmentRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AttachmentRequest
                 * @function getTypeUrl
                 * @memberof cen.publications.v1.AttachmentRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AttachmentRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.publications.v1.AttachmentRequest";
                };

                return AttachmentRequest;
            })();

            v1.Attachment = (function() {

                /**
                 * Properties of an Attachment.
                 * @typedef {Object} cen.publications.v1.Attachment.$Properties
                 * @property {Uint8Array} [content] Attachment content
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Attachment.
                 * @memberof cen.publications.v1
                 * @interface IAttachment
                 * @augments cen.publications.v1.Attachment.$Properties
                 * @deprecated Use cen.publications.v1.Attachment.$Properties instead.
                 */

                /**
                 * Shape of an Attachment.
                 * @typedef {cen.publications.v1.Attachment.$Properties} cen.publications.v1.Attachment.$Shape
                 */

                /**
                 * Constructs a new Attachment.
                 * @memberof cen.publications.v1
                 * @classdesc Represents an Attachment.
                 * @constructor
                 * @param {cen.publications.v1.Attachment.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Attachment = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Attachment content.
                 * @member {Uint8Array} content
                 * @memberof cen.publications.v1.Attachment
                 * @instance
                 */
                Attachment.prototype.content = $util.newBuffer([]);

                /**
                 * Creates a new Attachment instance using the specified properties.
                 * @function create
                 * @memberof cen.publications.v1.Attachment
                 * @static
                 * @param {cen.publications.v1.Attachment.$Properties=} [properties] Properties to set
                 * @returns {cen.publications.v1.Attachment} Attachment instance
                 * @type {{
                 *   (properties: cen.publications.v1.Attachment.$Shape): cen.publications.v1.Attachment & cen.publications.v1.Attachment.$Shape;
                 *   (properties?: cen.publications.v1.Attachment.$Properties): cen.publications.v1.Attachment;
                 * }}
                 */
                Attachment.create = function(properties) {
                    return new Attachment(properties);
                };

                /**
                 * Encodes the specified Attachment message. Does not implicitly {@link cen.publications.v1.Attachment.verify|verify} messages.
                 * @function encode
                 * @memberof cen.publications.v1.Attachment
                 * @static
                 * @param {cen.publications.v1.Attachment.$Properties} message Attachment message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Attachment.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.content);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Attachment message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.publications.v1.Attachment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.publications.v1.Attachment & cen.publications.v1.Attachment.$Shape} Attachment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Attachment.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.publications.v1.Attachment();
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
                                    message.content = value;
                                else
                                    delete message.content;
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
                 * Verifies an Attachment message.
                 * @function verify
                 * @memberof cen.publications.v1.Attachment
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Attachment.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        if (!(message.content && typeof message.content.length === "number" || $util.isString(message.content)))
                            return "content: buffer expected";
                    return null;
                };

                /**
                 * Creates an Attachment message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.publications.v1.Attachment
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.publications.v1.Attachment} Attachment
                 */
                Attachment.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.publications.v1.Attachment)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.publications.v1.Attachment: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.publications.v1.Attachment();
                    if (object.content != null)
                        if (object.content.length)
                            if (typeof object.content === "string")
                                $util.base64.decode(object.content, message.content = $util.newBuffer($util.base64.length(object.content)), 0);
                            else if (object.content.length >= 0)
                                message.content = object.content;
                    return message;
                };

                /**
                 * Creates a plain object from an Attachment message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.publications.v1.Attachment
                 * @static
                 * @param {cen.publications.v1.Attachment} message Attachment
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Attachment.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.content = "";
                        else {
                            object.content = [];
                            if (options.bytes !== $Array)
                                object.content = $util.newBuffer(object.content);
                        }
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        object.content = options.bytes === $String ? $util.base64.encode(message.content, 0, message.content.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.content) : message.content;
                    return object;
                };

                /**
                 * Converts this Attachment to JSON.
                 * @function toJSON
                 * @memberof cen.publications.v1.Attachment
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Attachment.prototype.toJSON = function() {
                    return Attachment.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Attachment
                 * @function getTypeUrl
                 * @memberof cen.publications.v1.Attachment
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Attachment.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.publications.v1.Attachment";
                };

                return Attachment;
            })();

            v1.Refusal = (function() {

                /**
                 * Properties of a Refusal.
                 * @typedef {Object} cen.publications.v1.Refusal.$Properties
                 * @property {string} [code] Refusal code
                 * @property {string} [message] Refusal message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Refusal.
                 * @memberof cen.publications.v1
                 * @interface IRefusal
                 * @augments cen.publications.v1.Refusal.$Properties
                 * @deprecated Use cen.publications.v1.Refusal.$Properties instead.
                 */

                /**
                 * Shape of a Refusal.
                 * @typedef {cen.publications.v1.Refusal.$Properties} cen.publications.v1.Refusal.$Shape
                 */

                /**
                 * Constructs a new Refusal.
                 * @memberof cen.publications.v1
                 * @classdesc Represents a Refusal.
                 * @constructor
                 * @param {cen.publications.v1.Refusal.$Properties=} [properties] Properties to set
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
                 * @memberof cen.publications.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.code = "";

                /**
                 * Refusal message.
                 * @member {string} message
                 * @memberof cen.publications.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.message = "";

                /**
                 * Creates a new Refusal instance using the specified properties.
                 * @function create
                 * @memberof cen.publications.v1.Refusal
                 * @static
                 * @param {cen.publications.v1.Refusal.$Properties=} [properties] Properties to set
                 * @returns {cen.publications.v1.Refusal} Refusal instance
                 * @type {{
                 *   (properties: cen.publications.v1.Refusal.$Shape): cen.publications.v1.Refusal & cen.publications.v1.Refusal.$Shape;
                 *   (properties?: cen.publications.v1.Refusal.$Properties): cen.publications.v1.Refusal;
                 * }}
                 */
                Refusal.create = function(properties) {
                    return new Refusal(properties);
                };

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.publications.v1.Refusal.verify|verify} messages.
                 * @function encode
                 * @memberof cen.publications.v1.Refusal
                 * @static
                 * @param {cen.publications.v1.Refusal.$Properties} message Refusal message or plain object to encode
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
                 * @memberof cen.publications.v1.Refusal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.publications.v1.Refusal & cen.publications.v1.Refusal.$Shape} Refusal
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
                    message = _target || new $root.cen.publications.v1.Refusal();
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
                 * @memberof cen.publications.v1.Refusal
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
                 * @memberof cen.publications.v1.Refusal
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.publications.v1.Refusal} Refusal
                 */
                Refusal.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.publications.v1.Refusal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.publications.v1.Refusal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.publications.v1.Refusal();
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
                 * @memberof cen.publications.v1.Refusal
                 * @static
                 * @param {cen.publications.v1.Refusal} message Refusal
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
                 * @memberof cen.publications.v1.Refusal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Refusal.prototype.toJSON = function() {
                    return Refusal.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Refusal
                 * @function getTypeUrl
                 * @memberof cen.publications.v1.Refusal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Refusal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.publications.v1.Refusal";
                };

                return Refusal;
            })();

            return v1;
        })();

        return publications;
    })();

    return cen;
})();

export {
  $root as default
};
