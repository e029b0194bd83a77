/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["operations"] || ($protobuf.roots["operations"] = {});

export const cen = $root.cen = (() => {

    /**
     * Namespace cen.
     * @exports cen
     * @namespace
     */
    const cen = {};

    cen.operations = (function() {

        /**
         * Namespace operations.
         * @memberof cen
         * @namespace
         */
        const operations = {};

        operations.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cen.operations
             * @namespace
             */
            const v1 = {};

            v1.OperationsFrame = (function() {

                /**
                 * Properties of an OperationsFrame.
                 * @typedef {Object} cen.operations.v1.OperationsFrame.$Properties
                 * @property {cen.operations.v1.Invitation.$Properties|null} [invitation] OperationsFrame invitation
                 * @property {cen.operations.v1.Submit.$Properties|null} [submit] OperationsFrame submit
                 * @property {cen.operations.v1.Deliver.$Properties|null} [deliver] OperationsFrame deliver
                 * @property {cen.operations.v1.Ack.$Properties|null} [ack] OperationsFrame ack
                 * @property {cen.operations.v1.Refusal.$Properties|null} [refusal] OperationsFrame refusal
                 * @property {cen.operations.v1.PhotoOffer.$Properties|null} [photoOffer] OperationsFrame photoOffer
                 * @property {cen.operations.v1.PhotoChunk.$Properties|null} [photoChunk] OperationsFrame photoChunk
                 * @property {"invitation"|"submit"|"deliver"|"ack"|"refusal"|"photoOffer"|"photoChunk"} [body] OperationsFrame body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OperationsFrame.
                 * @memberof cen.operations.v1
                 * @interface IOperationsFrame
                 * @augments cen.operations.v1.OperationsFrame.$Properties
                 * @deprecated Use cen.operations.v1.OperationsFrame.$Properties instead.
                 */

                /**
                 * Narrowed shape of an OperationsFrame.
                 * @typedef {{
                 *   invitation?: cen.operations.v1.Invitation.$Shape|null;
                 *   submit?: cen.operations.v1.Submit.$Shape|null;
                 *   deliver?: cen.operations.v1.Deliver.$Shape|null;
                 *   ack?: cen.operations.v1.Ack.$Shape|null;
                 *   refusal?: cen.operations.v1.Refusal.$Shape|null;
                 *   photoOffer?: cen.operations.v1.PhotoOffer.$Shape|null;
                 *   photoChunk?: cen.operations.v1.PhotoChunk.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; invitation?: null; submit?: null; deliver?: null; ack?: null; refusal?: null; photoOffer?: null; photoChunk?: null }|{ body?: "invitation"; invitation: cen.operations.v1.Invitation.$Shape; submit?: null; deliver?: null; ack?: null; refusal?: null; photoOffer?: null; photoChunk?: null }|{ body?: "submit"; invitation?: null; submit: cen.operations.v1.Submit.$Shape; deliver?: null; ack?: null; refusal?: null; photoOffer?: null; photoChunk?: null }|{ body?: "deliver"; invitation?: null; submit?: null; deliver: cen.operations.v1.Deliver.$Shape; ack?: null; refusal?: null; photoOffer?: null; photoChunk?: null }|{ body?: "ack"; invitation?: null; submit?: null; deliver?: null; ack: cen.operations.v1.Ack.$Shape; refusal?: null; photoOffer?: null; photoChunk?: null }|{ body?: "refusal"; invitation?: null; submit?: null; deliver?: null; ack?: null; refusal: cen.operations.v1.Refusal.$Shape; photoOffer?: null; photoChunk?: null }|{ body?: "photoOffer"; invitation?: null; submit?: null; deliver?: null; ack?: null; refusal?: null; photoOffer: cen.operations.v1.PhotoOffer.$Shape; photoChunk?: null }|{ body?: "photoChunk"; invitation?: null; submit?: null; deliver?: null; ack?: null; refusal?: null; photoOffer?: null; photoChunk: cen.operations.v1.PhotoChunk.$Shape })
                 * )} cen.operations.v1.OperationsFrame.$Shape
                 */

                /**
                 * Constructs a new OperationsFrame.
                 * @memberof cen.operations.v1
                 * @classdesc Represents an OperationsFrame.
                 * @constructor
                 * @param {cen.operations.v1.OperationsFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OperationsFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OperationsFrame invitation.
                 * @member {cen.operations.v1.Invitation|null} invitation
                 * @memberof cen.operations.v1.OperationsFrame
                 * @instance
                 */
                OperationsFrame.prototype.invitation = null;

                /**
                 * OperationsFrame submit.
                 * @member {cen.operations.v1.Submit|null} submit
                 * @memberof cen.operations.v1.OperationsFrame
                 * @instance
                 */
                OperationsFrame.prototype.submit = null;

                /**
                 * OperationsFrame deliver.
                 * @member {cen.operations.v1.Deliver|null} deliver
                 * @memberof cen.operations.v1.OperationsFrame
                 * @instance
                 */
                OperationsFrame.prototype.deliver = null;

                /**
                 * OperationsFrame ack.
                 * @member {cen.operations.v1.Ack|null} ack
                 * @memberof cen.operations.v1.OperationsFrame
                 * @instance
                 */
                OperationsFrame.prototype.ack = null;

                /**
                 * OperationsFrame refusal.
                 * @member {cen.operations.v1.Refusal|null} refusal
                 * @memberof cen.operations.v1.OperationsFrame
                 * @instance
                 */
                OperationsFrame.prototype.refusal = null;

                /**
                 * OperationsFrame photoOffer.
                 * @member {cen.operations.v1.PhotoOffer|null} photoOffer
                 * @memberof cen.operations.v1.OperationsFrame
                 * @instance
                 */
                OperationsFrame.prototype.photoOffer = null;

                /**
                 * OperationsFrame photoChunk.
                 * @member {cen.operations.v1.PhotoChunk|null} photoChunk
                 * @memberof cen.operations.v1.OperationsFrame
                 * @instance
                 */
                OperationsFrame.prototype.photoChunk = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * OperationsFrame body.
                 * @member {"invitation"|"submit"|"deliver"|"ack"|"refusal"|"photoOffer"|"photoChunk"|undefined} body
                 * @memberof cen.operations.v1.OperationsFrame
                 * @instance
                 */
                $Object.defineProperty(OperationsFrame.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["invitation", "submit", "deliver", "ack", "refusal", "photoOffer", "photoChunk"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new OperationsFrame instance using the specified properties.
                 * @function create
                 * @memberof cen.operations.v1.OperationsFrame
                 * @static
                 * @param {cen.operations.v1.OperationsFrame.$Properties=} [properties] Properties to set
                 * @returns {cen.operations.v1.OperationsFrame} OperationsFrame instance
                 * @type {{
                 *   (properties: cen.operations.v1.OperationsFrame.$Shape): cen.operations.v1.OperationsFrame & cen.operations.v1.OperationsFrame.$Shape;
                 *   (properties?: cen.operations.v1.OperationsFrame.$Properties): cen.operations.v1.OperationsFrame;
                 * }}
                 */
                OperationsFrame.create = function(properties) {
                    return new OperationsFrame(properties);
                };

                /**
                 * Encodes the specified OperationsFrame message. Does not implicitly {@link cen.operations.v1.OperationsFrame.verify|verify} messages.
                 * @function encode
                 * @memberof cen.operations.v1.OperationsFrame
                 * @static
                 * @param {cen.operations.v1.OperationsFrame.$Properties} message OperationsFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OperationsFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation"))
                        $root.cen.operations.v1.Invitation.encode(message.invitation, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.submit != null && $Object.hasOwnProperty.call(message, "submit"))
                        $root.cen.operations.v1.Submit.encode(message.submit, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.deliver != null && $Object.hasOwnProperty.call(message, "deliver"))
                        $root.cen.operations.v1.Deliver.encode(message.deliver, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                        $root.cen.operations.v1.Ack.encode(message.ack, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal"))
                        $root.cen.operations.v1.Refusal.encode(message.refusal, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.photoOffer != null && $Object.hasOwnProperty.call(message, "photoOffer"))
                        $root.cen.operations.v1.PhotoOffer.encode(message.photoOffer, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.photoChunk != null && $Object.hasOwnProperty.call(message, "photoChunk"))
                        $root.cen.operations.v1.PhotoChunk.encode(message.photoChunk, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OperationsFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.operations.v1.OperationsFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.operations.v1.OperationsFrame & cen.operations.v1.OperationsFrame.$Shape} OperationsFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OperationsFrame.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.operations.v1.OperationsFrame();
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
                                message.invitation = $root.cen.operations.v1.Invitation.decode(reader, reader.size(), $undefined, _depth + 1, message.invitation);
                                message.body = "invitation";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.submit = $root.cen.operations.v1.Submit.decode(reader, reader.size(), $undefined, _depth + 1, message.submit);
                                message.body = "submit";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.deliver = $root.cen.operations.v1.Deliver.decode(reader, reader.size(), $undefined, _depth + 1, message.deliver);
                                message.body = "deliver";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.ack = $root.cen.operations.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                                message.body = "ack";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.refusal = $root.cen.operations.v1.Refusal.decode(reader, reader.size(), $undefined, _depth + 1, message.refusal);
                                message.body = "refusal";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.photoOffer = $root.cen.operations.v1.PhotoOffer.decode(reader, reader.size(), $undefined, _depth + 1, message.photoOffer);
                                message.body = "photoOffer";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.photoChunk = $root.cen.operations.v1.PhotoChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.photoChunk);
                                message.body = "photoChunk";
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
                 * Verifies an OperationsFrame message.
                 * @function verify
                 * @memberof cen.operations.v1.OperationsFrame
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                OperationsFrame.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation")) {
                        properties.body = 1;
                        {
                            let error = $root.cen.operations.v1.Invitation.verify(message.invitation, _depth + 1);
                            if (error)
                                return "invitation." + error;
                        }
                    }
                    if (message.submit != null && $Object.hasOwnProperty.call(message, "submit")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.operations.v1.Submit.verify(message.submit, _depth + 1);
                            if (error)
                                return "submit." + error;
                        }
                    }
                    if (message.deliver != null && $Object.hasOwnProperty.call(message, "deliver")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.operations.v1.Deliver.verify(message.deliver, _depth + 1);
                            if (error)
                                return "deliver." + error;
                        }
                    }
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.operations.v1.Ack.verify(message.ack, _depth + 1);
                            if (error)
                                return "ack." + error;
                        }
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.operations.v1.Refusal.verify(message.refusal, _depth + 1);
                            if (error)
                                return "refusal." + error;
                        }
                    }
                    if (message.photoOffer != null && $Object.hasOwnProperty.call(message, "photoOffer")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.operations.v1.PhotoOffer.verify(message.photoOffer, _depth + 1);
                            if (error)
                                return "photoOffer." + error;
                        }
                    }
                    if (message.photoChunk != null && $Object.hasOwnProperty.call(message, "photoChunk")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.operations.v1.PhotoChunk.verify(message.photoChunk, _depth + 1);
                            if (error)
                                return "photoChunk." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates an OperationsFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.operations.v1.OperationsFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.operations.v1.OperationsFrame} OperationsFrame
                 */
                OperationsFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.operations.v1.OperationsFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.operations.v1.OperationsFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.operations.v1.OperationsFrame();
                    if (object.invitation != null) {
                        if (!$util.isObject(object.invitation))
                            throw $TypeError(".cen.operations.v1.OperationsFrame.invitation: object expected");
                        message.invitation = $root.cen.operations.v1.Invitation.fromObject(object.invitation, _depth + 1);
                    }
                    if (object.submit != null) {
                        if (!$util.isObject(object.submit))
                            throw $TypeError(".cen.operations.v1.OperationsFrame.submit: object expected");
                        message.submit = $root.cen.operations.v1.Submit.fromObject(object.submit, _depth + 1);
                    }
                    if (object.deliver != null) {
                        if (!$util.isObject(object.deliver))
                            throw $TypeError(".cen.operations.v1.OperationsFrame.deliver: object expected");
                        message.deliver = $root.cen.operations.v1.Deliver.fromObject(object.deliver, _depth + 1);
                    }
                    if (object.ack != null) {
                        if (!$util.isObject(object.ack))
                            throw $TypeError(".cen.operations.v1.OperationsFrame.ack: object expected");
                        message.ack = $root.cen.operations.v1.Ack.fromObject(object.ack, _depth + 1);
                    }
                    if (object.refusal != null) {
                        if (!$util.isObject(object.refusal))
                            throw $TypeError(".cen.operations.v1.OperationsFrame.refusal: object expected");
                        message.refusal = $root.cen.operations.v1.Refusal.fromObject(object.refusal, _depth + 1);
                    }
                    if (object.photoOffer != null) {
                        if (!$util.isObject(object.photoOffer))
                            throw $TypeError(".cen.operations.v1.OperationsFrame.photoOffer: object expected");
                        message.photoOffer = $root.cen.operations.v1.PhotoOffer.fromObject(object.photoOffer, _depth + 1);
                    }
                    if (object.photoChunk != null) {
                        if (!$util.isObject(object.photoChunk))
                            throw $TypeError(".cen.operations.v1.OperationsFrame.photoChunk: object expected");
                        message.photoChunk = $root.cen.operations.v1.PhotoChunk.fromObject(object.photoChunk, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an OperationsFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.operations.v1.OperationsFrame
                 * @static
                 * @param {cen.operations.v1.OperationsFrame} message OperationsFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                OperationsFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation")) {
                        object.invitation = $root.cen.operations.v1.Invitation.toObject(message.invitation, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "invitation";
                    }
                    if (message.submit != null && $Object.hasOwnProperty.call(message, "submit")) {
                        object.submit = $root.cen.operations.v1.Submit.toObject(message.submit, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "submit";
                    }
                    if (message.deliver != null && $Object.hasOwnProperty.call(message, "deliver")) {
                        object.deliver = $root.cen.operations.v1.Deliver.toObject(message.deliver, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "deliver";
                    }
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                        object.ack = $root.cen.operations.v1.Ack.toObject(message.ack, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "ack";
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        object.refusal = $root.cen.operations.v1.Refusal.toObject(message.refusal, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "refusal";
                    }
                    if (message.photoOffer != null && $Object.hasOwnProperty.call(message, "photoOffer")) {
                        object.photoOffer = $root.cen.operations.v1.PhotoOffer.toObject(message.photoOffer, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "photoOffer";
                    }
                    if (message.photoChunk != null && $Object.hasOwnProperty.call(message, "photoChunk")) {
                        object.photoChunk = $root.cen.operations.v1.PhotoChunk.toObject(message.photoChunk, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "photoChunk";
                    }
                    return object;
                };

                /**
                 * Converts this OperationsFrame to JSON.
                 * @function toJSON
                 * @memberof cen.operations.v1.OperationsFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                OperationsFrame.prototype.toJSON = function() {
                    return OperationsFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for OperationsFrame
                 * @function getTypeUrl
                 * @memberof cen.operations.v1.OperationsFrame
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                OperationsFrame.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.operations.v1.OperationsFrame";
                };

                return OperationsFrame;
            })();

            v1.Invitation = (function() {

                /**
                 * Properties of an Invitation.
                 * @typedef {Object} cen.operations.v1.Invitation.$Properties
                 * @property {string} [operation] Invitation operation
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Invitation.
                 * @memberof cen.operations.v1
                 * @interface IInvitation
                 * @augments cen.operations.v1.Invitation.$Properties
                 * @deprecated Use cen.operations.v1.Invitation.$Properties instead.
                 */

                /**
                 * Shape of an Invitation.
                 * @typedef {cen.operations.v1.Invitation.$Properties} cen.operations.v1.Invitation.$Shape
                 */

                /**
                 * Constructs a new Invitation.
                 * @memberof cen.operations.v1
                 * @classdesc Represents an Invitation.
                 * @constructor
                 * @param {cen.operations.v1.Invitation.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Invitation = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Invitation operation.
                 * @member {string} operation
                 * @memberof cen.operations.v1.Invitation
                 * @instance
                 */
                Invitation.prototype.operation = "";

                /**
                 * Creates a new Invitation instance using the specified properties.
                 * @function create
                 * @memberof cen.operations.v1.Invitation
                 * @static
                 * @param {cen.operations.v1.Invitation.$Properties=} [properties] Properties to set
                 * @returns {cen.operations.v1.Invitation} Invitation instance
                 * @type {{
                 *   (properties: cen.operations.v1.Invitation.$Shape): cen.operations.v1.Invitation & cen.operations.v1.Invitation.$Shape;
                 *   (properties?: cen.operations.v1.Invitation.$Properties): cen.operations.v1.Invitation;
                 * }}
                 */
                Invitation.create = function(properties) {
                    return new Invitation(properties);
                };

                /**
                 * Encodes the specified Invitation message. Does not implicitly {@link cen.operations.v1.Invitation.verify|verify} messages.
                 * @function encode
                 * @memberof cen.operations.v1.Invitation
                 * @static
                 * @param {cen.operations.v1.Invitation.$Properties} message Invitation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Invitation.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operation != null && $Object.hasOwnProperty.call(message, "operation") && message.operation !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operation);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Invitation message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.operations.v1.Invitation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.operations.v1.Invitation & cen.operations.v1.Invitation.$Shape} Invitation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Invitation.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.operations.v1.Invitation();
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
                                    message.operation = value;
                                else
                                    delete message.operation;
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
                 * Verifies an Invitation message.
                 * @function verify
                 * @memberof cen.operations.v1.Invitation
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Invitation.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.operation != null && $Object.hasOwnProperty.call(message, "operation"))
                        if (!$util.isString(message.operation))
                            return "operation: string expected";
                    return null;
                };

                /**
                 * Creates an Invitation message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.operations.v1.Invitation
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.operations.v1.Invitation} Invitation
                 */
                Invitation.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.operations.v1.Invitation)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.operations.v1.Invitation: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.operations.v1.Invitation();
                    if (object.operation != null)
                        if (typeof object.operation !== "string" || object.operation.length)
                            message.operation = $String(object.operation);
                    return message;
                };

                /**
                 * Creates a plain object from an Invitation message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.operations.v1.Invitation
                 * @static
                 * @param {cen.operations.v1.Invitation} message Invitation
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Invitation.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.operation = "";
                    if (message.operation != null && $Object.hasOwnProperty.call(message, "operation"))
                        object.operation = message.operation;
                    return object;
                };

                /**
                 * Converts this Invitation to JSON.
                 * @function toJSON
                 * @memberof cen.operations.v1.Invitation
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Invitation.prototype.toJSON = function() {
                    return Invitation.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Invitation
                 * @function getTypeUrl
                 * @memberof cen.operations.v1.Invitation
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Invitation.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.operations.v1.Invitation";
                };

                return Invitation;
            })();

            v1.Submit = (function() {

                /**
                 * Properties of a Submit.
                 * @typedef {Object} cen.operations.v1.Submit.$Properties
                 * @property {string} [kind] Submit kind
                 * @property {string} [statement] Submit statement
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Submit.
                 * @memberof cen.operations.v1
                 * @interface ISubmit
                 * @augments cen.operations.v1.Submit.$Properties
                 * @deprecated Use cen.operations.v1.Submit.$Properties instead.
                 */

                /**
                 * Shape of a Submit.
                 * @typedef {cen.operations.v1.Submit.$Properties} cen.operations.v1.Submit.$Shape
                 */

                /**
                 * Constructs a new Submit.
                 * @memberof cen.operations.v1
                 * @classdesc Represents a Submit.
                 * @constructor
                 * @param {cen.operations.v1.Submit.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Submit = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Submit kind.
                 * @member {string} kind
                 * @memberof cen.operations.v1.Submit
                 * @instance
                 */
                Submit.prototype.kind = "";

                /**
                 * Submit statement.
                 * @member {string} statement
                 * @memberof cen.operations.v1.Submit
                 * @instance
                 */
                Submit.prototype.statement = "";

                /**
                 * Creates a new Submit instance using the specified properties.
                 * @function create
                 * @memberof cen.operations.v1.Submit
                 * @static
                 * @param {cen.operations.v1.Submit.$Properties=} [properties] Properties to set
                 * @returns {cen.operations.v1.Submit} Submit instance
                 * @type {{
                 *   (properties: cen.operations.v1.Submit.$Shape): cen.operations.v1.Submit & cen.operations.v1.Submit.$Shape;
                 *   (properties?: cen.operations.v1.Submit.$Properties): cen.operations.v1.Submit;
                 * }}
                 */
                Submit.create = function(properties) {
                    return new Submit(properties);
                };

                /**
                 * Encodes the specified Submit message. Does not implicitly {@link cen.operations.v1.Submit.verify|verify} messages.
                 * @function encode
                 * @memberof cen.operations.v1.Submit
                 * @static
                 * @param {cen.operations.v1.Submit.$Properties} message Submit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Submit.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                    if (message.statement != null && $Object.hasOwnProperty.call(message, "statement") && message.statement !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.statement);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Submit message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.operations.v1.Submit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.operations.v1.Submit & cen.operations.v1.Submit.$Shape} Submit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Submit.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.operations.v1.Submit();
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
                 * Verifies a Submit message.
                 * @function verify
                 * @memberof cen.operations.v1.Submit
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Submit.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        if (!$util.isString(message.kind))
                            return "kind: string expected";
                    if (message.statement != null && $Object.hasOwnProperty.call(message, "statement"))
                        if (!$util.isString(message.statement))
                            return "statement: string expected";
                    return null;
                };

                /**
                 * Creates a Submit message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.operations.v1.Submit
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.operations.v1.Submit} Submit
                 */
                Submit.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.operations.v1.Submit)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.operations.v1.Submit: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.operations.v1.Submit();
                    if (object.kind != null)
                        if (typeof object.kind !== "string" || object.kind.length)
                            message.kind = $String(object.kind);
                    if (object.statement != null)
                        if (typeof object.statement !== "string" || object.statement.length)
                            message.statement = $String(object.statement);
                    return message;
                };

                /**
                 * Creates a plain object from a Submit message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.operations.v1.Submit
                 * @static
                 * @param {cen.operations.v1.Submit} message Submit
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Submit.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.kind = "";
                        object.statement = "";
                    }
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = message.kind;
                    if (message.statement != null && $Object.hasOwnProperty.call(message, "statement"))
                        object.statement = message.statement;
                    return object;
                };

                /**
                 * Converts this Submit to JSON.
                 * @function toJSON
                 * @memberof cen.operations.v1.Submit
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Submit.prototype.toJSON = function() {
                    return Submit.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Submit
                 * @function getTypeUrl
                 * @memberof cen.operations.v1.Submit
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Submit.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.operations.v1.Submit";
                };

                return Submit;
            })();

            v1.Entry = (function() {

                /**
                 * Properties of an Entry.
                 * @typedef {Object} cen.operations.v1.Entry.$Properties
                 * @property {number} [seq] Entry seq
                 * @property {string} [kind] Entry kind
                 * @property {string} [statement] Entry statement
                 * @property {string} [relayedAt] Entry relayedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Entry.
                 * @memberof cen.operations.v1
                 * @interface IEntry
                 * @augments cen.operations.v1.Entry.$Properties
                 * @deprecated Use cen.operations.v1.Entry.$Properties instead.
                 */

                /**
                 * Shape of an Entry.
                 * @typedef {cen.operations.v1.Entry.$Properties} cen.operations.v1.Entry.$Shape
                 */

                /**
                 * Constructs a new Entry.
                 * @memberof cen.operations.v1
                 * @classdesc Represents an Entry.
                 * @constructor
                 * @param {cen.operations.v1.Entry.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Entry = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Entry seq.
                 * @member {number} seq
                 * @memberof cen.operations.v1.Entry
                 * @instance
                 */
                Entry.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Entry kind.
                 * @member {string} kind
                 * @memberof cen.operations.v1.Entry
                 * @instance
                 */
                Entry.prototype.kind = "";

                /**
                 * Entry statement.
                 * @member {string} statement
                 * @memberof cen.operations.v1.Entry
                 * @instance
                 */
                Entry.prototype.statement = "";

                /**
                 * Entry relayedAt.
                 * @member {string} relayedAt
                 * @memberof cen.operations.v1.Entry
                 * @instance
                 */
                Entry.prototype.relayedAt = "";

                /**
                 * Creates a new Entry instance using the specified properties.
                 * @function create
                 * @memberof cen.operations.v1.Entry
                 * @static
                 * @param {cen.operations.v1.Entry.$Properties=} [properties] Properties to set
                 * @returns {cen.operations.v1.Entry} Entry instance
                 * @type {{
                 *   (properties: cen.operations.v1.Entry.$Shape): cen.operations.v1.Entry & cen.operations.v1.Entry.$Shape;
                 *   (properties?: cen.operations.v1.Entry.$Properties): cen.operations.v1.Entry;
                 * }}
                 */
                Entry.create = function(properties) {
                    return new Entry(properties);
                };

                /**
                 * Encodes the specified Entry message. Does not implicitly {@link cen.operations.v1.Entry.verify|verify} messages.
                 * @function encode
                 * @memberof cen.operations.v1.Entry
                 * @static
                 * @param {cen.operations.v1.Entry.$Properties} message Entry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Entry.encode = function (message, writer, _depth) {
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
                    if (message.relayedAt != null && $Object.hasOwnProperty.call(message, "relayedAt") && message.relayedAt !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.relayedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Entry message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.operations.v1.Entry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.operations.v1.Entry & cen.operations.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Entry.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.operations.v1.Entry();
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
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.relayedAt = value;
                                else
                                    delete message.relayedAt;
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
                 * Verifies an Entry message.
                 * @function verify
                 * @memberof cen.operations.v1.Entry
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Entry.verify = function (message, _depth) {
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
                    if (message.relayedAt != null && $Object.hasOwnProperty.call(message, "relayedAt"))
                        if (!$util.isString(message.relayedAt))
                            return "relayedAt: string expected";
                    return null;
                };

                /**
                 * Creates an Entry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.operations.v1.Entry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.operations.v1.Entry} Entry
                 */
                Entry.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.operations.v1.Entry)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.operations.v1.Entry: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.operations.v1.Entry();
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
                    if (object.relayedAt != null)
                        if (typeof object.relayedAt !== "string" || object.relayedAt.length)
                            message.relayedAt = $String(object.relayedAt);
                    return message;
                };

                /**
                 * Creates a plain object from an Entry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.operations.v1.Entry
                 * @static
                 * @param {cen.operations.v1.Entry} message Entry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Entry.toObject = function (message, options, _depth) {
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
                        object.relayedAt = "";
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
                    if (message.relayedAt != null && $Object.hasOwnProperty.call(message, "relayedAt"))
                        object.relayedAt = message.relayedAt;
                    return object;
                };

                /**
                 * Converts this Entry to JSON.
                 * @function toJSON
                 * @memberof cen.operations.v1.Entry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Entry.prototype.toJSON = function() {
                    return Entry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Entry
                 * @function getTypeUrl
                 * @memberof cen.operations.v1.Entry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Entry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.operations.v1.Entry";
                };

                return Entry;
            })();

            v1.Deliver = (function() {

                /**
                 * Properties of a Deliver.
                 * @typedef {Object} cen.operations.v1.Deliver.$Properties
                 * @property {string} [operationId] Deliver operationId
                 * @property {Array.<cen.operations.v1.Entry.$Properties>} [entries] Deliver entries
                 * @property {string} [receipts] Deliver receipts
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Deliver.
                 * @memberof cen.operations.v1
                 * @interface IDeliver
                 * @augments cen.operations.v1.Deliver.$Properties
                 * @deprecated Use cen.operations.v1.Deliver.$Properties instead.
                 */

                /**
                 * Shape of a Deliver.
                 * @typedef {cen.operations.v1.Deliver.$Properties} cen.operations.v1.Deliver.$Shape
                 */

                /**
                 * Constructs a new Deliver.
                 * @memberof cen.operations.v1
                 * @classdesc Represents a Deliver.
                 * @constructor
                 * @param {cen.operations.v1.Deliver.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Deliver = function (properties) {
                    this.entries = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Deliver operationId.
                 * @member {string} operationId
                 * @memberof cen.operations.v1.Deliver
                 * @instance
                 */
                Deliver.prototype.operationId = "";

                /**
                 * Deliver entries.
                 * @member {Array.<cen.operations.v1.Entry>} entries
                 * @memberof cen.operations.v1.Deliver
                 * @instance
                 */
                Deliver.prototype.entries = $util.emptyArray;

                /**
                 * Deliver receipts.
                 * @member {string} receipts
                 * @memberof cen.operations.v1.Deliver
                 * @instance
                 */
                Deliver.prototype.receipts = "";

                /**
                 * Creates a new Deliver instance using the specified properties.
                 * @function create
                 * @memberof cen.operations.v1.Deliver
                 * @static
                 * @param {cen.operations.v1.Deliver.$Properties=} [properties] Properties to set
                 * @returns {cen.operations.v1.Deliver} Deliver instance
                 * @type {{
                 *   (properties: cen.operations.v1.Deliver.$Shape): cen.operations.v1.Deliver & cen.operations.v1.Deliver.$Shape;
                 *   (properties?: cen.operations.v1.Deliver.$Properties): cen.operations.v1.Deliver;
                 * }}
                 */
                Deliver.create = function(properties) {
                    return new Deliver(properties);
                };

                /**
                 * Encodes the specified Deliver message. Does not implicitly {@link cen.operations.v1.Deliver.verify|verify} messages.
                 * @function encode
                 * @memberof cen.operations.v1.Deliver
                 * @static
                 * @param {cen.operations.v1.Deliver.$Properties} message Deliver message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Deliver.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operationId != null && $Object.hasOwnProperty.call(message, "operationId") && message.operationId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operationId);
                    if (message.entries != null && message.entries.length)
                        for (let i = 0; i < message.entries.length; ++i)
                            $root.cen.operations.v1.Entry.encode(message.entries[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.receipts != null && $Object.hasOwnProperty.call(message, "receipts") && message.receipts !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.receipts);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Deliver message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.operations.v1.Deliver
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.operations.v1.Deliver & cen.operations.v1.Deliver.$Shape} Deliver
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Deliver.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.operations.v1.Deliver();
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
                                    message.operationId = value;
                                else
                                    delete message.operationId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.entries && message.entries.length))
                                    message.entries = [];
                                message.entries.push($root.cen.operations.v1.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.receipts = value;
                                else
                                    delete message.receipts;
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
                 * Verifies a Deliver message.
                 * @function verify
                 * @memberof cen.operations.v1.Deliver
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Deliver.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.operationId != null && $Object.hasOwnProperty.call(message, "operationId"))
                        if (!$util.isString(message.operationId))
                            return "operationId: string expected";
                    if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                        if (!$Array.isArray(message.entries))
                            return "entries: array expected";
                        for (let i = 0; i < message.entries.length; ++i) {
                            let error = $root.cen.operations.v1.Entry.verify(message.entries[i], _depth + 1);
                            if (error)
                                return "entries." + error;
                        }
                    }
                    if (message.receipts != null && $Object.hasOwnProperty.call(message, "receipts"))
                        if (!$util.isString(message.receipts))
                            return "receipts: string expected";
                    return null;
                };

                /**
                 * Creates a Deliver message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.operations.v1.Deliver
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.operations.v1.Deliver} Deliver
                 */
                Deliver.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.operations.v1.Deliver)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.operations.v1.Deliver: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.operations.v1.Deliver();
                    if (object.operationId != null)
                        if (typeof object.operationId !== "string" || object.operationId.length)
                            message.operationId = $String(object.operationId);
                    if (object.entries) {
                        if (!$Array.isArray(object.entries))
                            throw $TypeError(".cen.operations.v1.Deliver.entries: array expected");
                        message.entries = $Array(object.entries.length);
                        for (let i = 0; i < object.entries.length; ++i) {
                            if (!$util.isObject(object.entries[i]))
                                throw $TypeError(".cen.operations.v1.Deliver.entries: object expected");
                            message.entries[i] = $root.cen.operations.v1.Entry.fromObject(object.entries[i], _depth + 1);
                        }
                    }
                    if (object.receipts != null)
                        if (typeof object.receipts !== "string" || object.receipts.length)
                            message.receipts = $String(object.receipts);
                    return message;
                };

                /**
                 * Creates a plain object from a Deliver message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.operations.v1.Deliver
                 * @static
                 * @param {cen.operations.v1.Deliver} message Deliver
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Deliver.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.entries = [];
                    if (options.defaults) {
                        object.operationId = "";
                        object.receipts = "";
                    }
                    if (message.operationId != null && $Object.hasOwnProperty.call(message, "operationId"))
                        object.operationId = message.operationId;
                    if (message.entries && message.entries.length) {
                        object.entries = $Array(message.entries.length);
                        for (let j = 0; j < message.entries.length; ++j)
                            object.entries[j] = $root.cen.operations.v1.Entry.toObject(message.entries[j], options, _depth + 1);
                    }
                    if (message.receipts != null && $Object.hasOwnProperty.call(message, "receipts"))
                        object.receipts = message.receipts;
                    return object;
                };

                /**
                 * Converts this Deliver to JSON.
                 * @function toJSON
                 * @memberof cen.operations.v1.Deliver
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Deliver.prototype.toJSON = function() {
                    return Deliver.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Deliver
                 * @function getTypeUrl
                 * @memberof cen.operations.v1.Deliver
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Deliver.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.operations.v1.Deliver";
                };

                return Deliver;
            })();

            v1.PhotoOffer = (function() {

                /**
                 * Properties of a PhotoOffer.
                 * @typedef {Object} cen.operations.v1.PhotoOffer.$Properties
                 * @property {string} [operationId] PhotoOffer operationId
                 * @property {string} [hash] PhotoOffer hash
                 * @property {number} [size] PhotoOffer size
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PhotoOffer.
                 * @memberof cen.operations.v1
                 * @interface IPhotoOffer
                 * @augments cen.operations.v1.PhotoOffer.$Properties
                 * @deprecated Use cen.operations.v1.PhotoOffer.$Properties instead.
                 */

                /**
                 * Shape of a PhotoOffer.
                 * @typedef {cen.operations.v1.PhotoOffer.$Properties} cen.operations.v1.PhotoOffer.$Shape
                 */

                /**
                 * Constructs a new PhotoOffer.
                 * @memberof cen.operations.v1
                 * @classdesc Represents a PhotoOffer.
                 * @constructor
                 * @param {cen.operations.v1.PhotoOffer.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PhotoOffer = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PhotoOffer operationId.
                 * @member {string} operationId
                 * @memberof cen.operations.v1.PhotoOffer
                 * @instance
                 */
                PhotoOffer.prototype.operationId = "";

                /**
                 * PhotoOffer hash.
                 * @member {string} hash
                 * @memberof cen.operations.v1.PhotoOffer
                 * @instance
                 */
                PhotoOffer.prototype.hash = "";

                /**
                 * PhotoOffer size.
                 * @member {number} size
                 * @memberof cen.operations.v1.PhotoOffer
                 * @instance
                 */
                PhotoOffer.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PhotoOffer instance using the specified properties.
                 * @function create
                 * @memberof cen.operations.v1.PhotoOffer
                 * @static
                 * @param {cen.operations.v1.PhotoOffer.$Properties=} [properties] Properties to set
                 * @returns {cen.operations.v1.PhotoOffer} PhotoOffer instance
                 * @type {{
                 *   (properties: cen.operations.v1.PhotoOffer.$Shape): cen.operations.v1.PhotoOffer & cen.operations.v1.PhotoOffer.$Shape;
                 *   (properties?: cen.operations.v1.PhotoOffer.$Properties): cen.operations.v1.PhotoOffer;
                 * }}
                 */
                PhotoOffer.create = function(properties) {
                    return new PhotoOffer(properties);
                };

                /**
                 * Encodes the specified PhotoOffer message. Does not implicitly {@link cen.operations.v1.PhotoOffer.verify|verify} messages.
                 * @function encode
                 * @memberof cen.operations.v1.PhotoOffer
                 * @static
                 * @param {cen.operations.v1.PhotoOffer.$Properties} message PhotoOffer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PhotoOffer.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operationId != null && $Object.hasOwnProperty.call(message, "operationId") && message.operationId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operationId);
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.hash);
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.size);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PhotoOffer message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.operations.v1.PhotoOffer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.operations.v1.PhotoOffer & cen.operations.v1.PhotoOffer.$Shape} PhotoOffer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PhotoOffer.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.operations.v1.PhotoOffer();
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
                                    message.operationId = value;
                                else
                                    delete message.operationId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hash = value;
                                else
                                    delete message.hash;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
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
                 * Verifies a PhotoOffer message.
                 * @function verify
                 * @memberof cen.operations.v1.PhotoOffer
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PhotoOffer.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.operationId != null && $Object.hasOwnProperty.call(message, "operationId"))
                        if (!$util.isString(message.operationId))
                            return "operationId: string expected";
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        if (!$util.isString(message.hash))
                            return "hash: string expected";
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                        if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                            return "size: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a PhotoOffer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.operations.v1.PhotoOffer
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.operations.v1.PhotoOffer} PhotoOffer
                 */
                PhotoOffer.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.operations.v1.PhotoOffer)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.operations.v1.PhotoOffer: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.operations.v1.PhotoOffer();
                    if (object.operationId != null)
                        if (typeof object.operationId !== "string" || object.operationId.length)
                            message.operationId = $String(object.operationId);
                    if (object.hash != null)
                        if (typeof object.hash !== "string" || object.hash.length)
                            message.hash = $String(object.hash);
                    if (object.size != null)
                        if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                            if ($util.Long)
                                message.size = $util.Long.fromValue(object.size, true);
                            else if (typeof object.size === "string")
                                message.size = $parseInt(object.size, 10);
                            else if (typeof object.size === "number")
                                message.size = object.size;
                            else if (typeof object.size === "object")
                                message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a PhotoOffer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.operations.v1.PhotoOffer
                 * @static
                 * @param {cen.operations.v1.PhotoOffer} message PhotoOffer
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PhotoOffer.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.operationId = "";
                        object.hash = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.operationId != null && $Object.hasOwnProperty.call(message, "operationId"))
                        object.operationId = message.operationId;
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        object.hash = message.hash;
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                        else if (typeof message.size === "number")
                            object.size = options.longs === $String ? $String(message.size) : message.size;
                        else
                            object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                    return object;
                };

                /**
                 * Converts this PhotoOffer to JSON.
                 * @function toJSON
                 * @memberof cen.operations.v1.PhotoOffer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PhotoOffer.prototype.toJSON = function() {
                    return PhotoOffer.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PhotoOffer
                 * @function getTypeUrl
                 * @memberof cen.operations.v1.PhotoOffer
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PhotoOffer.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.operations.v1.PhotoOffer";
                };

                return PhotoOffer;
            })();

            v1.PhotoChunk = (function() {

                /**
                 * Properties of a PhotoChunk.
                 * @typedef {Object} cen.operations.v1.PhotoChunk.$Properties
                 * @property {Uint8Array} [data] PhotoChunk data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PhotoChunk.
                 * @memberof cen.operations.v1
                 * @interface IPhotoChunk
                 * @augments cen.operations.v1.PhotoChunk.$Properties
                 * @deprecated Use cen.operations.v1.PhotoChunk.$Properties instead.
                 */

                /**
                 * Shape of a PhotoChunk.
                 * @typedef {cen.operations.v1.PhotoChunk.$Properties} cen.operations.v1.PhotoChunk.$Shape
                 */

                /**
                 * Constructs a new PhotoChunk.
                 * @memberof cen.operations.v1
                 * @classdesc Represents a PhotoChunk.
                 * @constructor
                 * @param {cen.operations.v1.PhotoChunk.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PhotoChunk = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PhotoChunk data.
                 * @member {Uint8Array} data
                 * @memberof cen.operations.v1.PhotoChunk
                 * @instance
                 */
                PhotoChunk.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new PhotoChunk instance using the specified properties.
                 * @function create
                 * @memberof cen.operations.v1.PhotoChunk
                 * @static
                 * @param {cen.operations.v1.PhotoChunk.$Properties=} [properties] Properties to set
                 * @returns {cen.operations.v1.PhotoChunk} PhotoChunk instance
                 * @type {{
                 *   (properties: cen.operations.v1.PhotoChunk.$Shape): cen.operations.v1.PhotoChunk & cen.operations.v1.PhotoChunk.$Shape;
                 *   (properties?: cen.operations.v1.PhotoChunk.$Properties): cen.operations.v1.PhotoChunk;
                 * }}
                 */
                PhotoChunk.create = function(properties) {
                    return new PhotoChunk(properties);
                };

                /**
                 * Encodes the specified PhotoChunk message. Does not implicitly {@link cen.operations.v1.PhotoChunk.verify|verify} messages.
                 * @function encode
                 * @memberof cen.operations.v1.PhotoChunk
                 * @static
                 * @param {cen.operations.v1.PhotoChunk.$Properties} message PhotoChunk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PhotoChunk.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PhotoChunk message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.operations.v1.PhotoChunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.operations.v1.PhotoChunk & cen.operations.v1.PhotoChunk.$Shape} PhotoChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PhotoChunk.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.operations.v1.PhotoChunk();
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
                 * Verifies a PhotoChunk message.
                 * @function verify
                 * @memberof cen.operations.v1.PhotoChunk
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PhotoChunk.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                            return "data: buffer expected";
                    return null;
                };

                /**
                 * Creates a PhotoChunk message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.operations.v1.PhotoChunk
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.operations.v1.PhotoChunk} PhotoChunk
                 */
                PhotoChunk.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.operations.v1.PhotoChunk)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.operations.v1.PhotoChunk: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.operations.v1.PhotoChunk();
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                /**
                 * Creates a plain object from a PhotoChunk message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.operations.v1.PhotoChunk
                 * @static
                 * @param {cen.operations.v1.PhotoChunk} message PhotoChunk
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PhotoChunk.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                /**
                 * Converts this PhotoChunk to JSON.
                 * @function toJSON
                 * @memberof cen.operations.v1.PhotoChunk
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PhotoChunk.prototype.toJSON = function() {
                    return PhotoChunk.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PhotoChunk
                 * @function getTypeUrl
                 * @memberof cen.operations.v1.PhotoChunk
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PhotoChunk.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.operations.v1.PhotoChunk";
                };

                return PhotoChunk;
            })();

            v1.Ack = (function() {

                /**
                 * Properties of an Ack.
                 * @typedef {Object} cen.operations.v1.Ack.$Properties
                 * @property {number} [seq] Ack seq
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Ack.
                 * @memberof cen.operations.v1
                 * @interface IAck
                 * @augments cen.operations.v1.Ack.$Properties
                 * @deprecated Use cen.operations.v1.Ack.$Properties instead.
                 */

                /**
                 * Shape of an Ack.
                 * @typedef {cen.operations.v1.Ack.$Properties} cen.operations.v1.Ack.$Shape
                 */

                /**
                 * Constructs a new Ack.
                 * @memberof cen.operations.v1
                 * @classdesc Represents an Ack.
                 * @constructor
                 * @param {cen.operations.v1.Ack.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Ack = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Ack seq.
                 * @member {number} seq
                 * @memberof cen.operations.v1.Ack
                 * @instance
                 */
                Ack.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Ack instance using the specified properties.
                 * @function create
                 * @memberof cen.operations.v1.Ack
                 * @static
                 * @param {cen.operations.v1.Ack.$Properties=} [properties] Properties to set
                 * @returns {cen.operations.v1.Ack} Ack instance
                 * @type {{
                 *   (properties: cen.operations.v1.Ack.$Shape): cen.operations.v1.Ack & cen.operations.v1.Ack.$Shape;
                 *   (properties?: cen.operations.v1.Ack.$Properties): cen.operations.v1.Ack;
                 * }}
                 */
                Ack.create = function(properties) {
                    return new Ack(properties);
                };

                /**
                 * Encodes the specified Ack message. Does not implicitly {@link cen.operations.v1.Ack.verify|verify} messages.
                 * @function encode
                 * @memberof cen.operations.v1.Ack
                 * @static
                 * @param {cen.operations.v1.Ack.$Properties} message Ack message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ack.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Ack message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.operations.v1.Ack
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.operations.v1.Ack & cen.operations.v1.Ack.$Shape} Ack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ack.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.operations.v1.Ack();
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
                 * Verifies an Ack message.
                 * @function verify
                 * @memberof cen.operations.v1.Ack
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Ack.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                            return "seq: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an Ack message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.operations.v1.Ack
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.operations.v1.Ack} Ack
                 */
                Ack.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.operations.v1.Ack)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.operations.v1.Ack: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.operations.v1.Ack();
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
                    return message;
                };

                /**
                 * Creates a plain object from an Ack message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.operations.v1.Ack
                 * @static
                 * @param {cen.operations.v1.Ack} message Ack
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Ack.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                        else if (typeof message.seq === "number")
                            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                        else
                            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                    return object;
                };

                /**
                 * Converts this Ack to JSON.
                 * @function toJSON
                 * @memberof cen.operations.v1.Ack
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Ack.prototype.toJSON = function() {
                    return Ack.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Ack
                 * @function getTypeUrl
                 * @memberof cen.operations.v1.Ack
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Ack.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.operations.v1.Ack";
                };

                return Ack;
            })();

            v1.Refusal = (function() {

                /**
                 * Properties of a Refusal.
                 * @typedef {Object} cen.operations.v1.Refusal.$Properties
                 * @property {string} [code] Refusal code
                 * @property {string} [message] Refusal message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Refusal.
                 * @memberof cen.operations.v1
                 * @interface IRefusal
                 * @augments cen.operations.v1.Refusal.$Properties
                 * @deprecated Use cen.operations.v1.Refusal.$Properties instead.
                 */

                /**
                 * Shape of a Refusal.
                 * @typedef {cen.operations.v1.Refusal.$Properties} cen.operations.v1.Refusal.$Shape
                 */

                /**
                 * Constructs a new Refusal.
                 * @memberof cen.operations.v1
                 * @classdesc Represents a Refusal.
                 * @constructor
                 * @param {cen.operations.v1.Refusal.$Properties=} [properties] Properties to set
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
                 * @memberof cen.operations.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.code = "";

                /**
                 * Refusal message.
                 * @member {string} message
                 * @memberof cen.operations.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.message = "";

                /**
                 * Creates a new Refusal instance using the specified properties.
                 * @function create
                 * @memberof cen.operations.v1.Refusal
                 * @static
                 * @param {cen.operations.v1.Refusal.$Properties=} [properties] Properties to set
                 * @returns {cen.operations.v1.Refusal} Refusal instance
                 * @type {{
                 *   (properties: cen.operations.v1.Refusal.$Shape): cen.operations.v1.Refusal & cen.operations.v1.Refusal.$Shape;
                 *   (properties?: cen.operations.v1.Refusal.$Properties): cen.operations.v1.Refusal;
                 * }}
                 */
                Refusal.create = function(properties) {
                    return new Refusal(properties);
                };

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.operations.v1.Refusal.verify|verify} messages.
                 * @function encode
                 * @memberof cen.operations.v1.Refusal
                 * @static
                 * @param {cen.operations.v1.Refusal.$Properties} message Refusal message or plain object to encode
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
                 * @memberof cen.operations.v1.Refusal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.operations.v1.Refusal & cen.operations.v1.Refusal.$Shape} Refusal
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
                    message = _target || new $root.cen.operations.v1.Refusal();
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
                 * @memberof cen.operations.v1.Refusal
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
                 * @memberof cen.operations.v1.Refusal
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.operations.v1.Refusal} Refusal
                 */
                Refusal.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.operations.v1.Refusal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.operations.v1.Refusal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.operations.v1.Refusal();
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
                 * @memberof cen.operations.v1.Refusal
                 * @static
                 * @param {cen.operations.v1.Refusal} message Refusal
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
                 * @memberof cen.operations.v1.Refusal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Refusal.prototype.toJSON = function() {
                    return Refusal.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Refusal
                 * @function getTypeUrl
                 * @memberof cen.operations.v1.Refusal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Refusal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.operations.v1.Refusal";
                };

                return Refusal;
            })();

            return v1;
        })();

        return operations;
    })();

    return cen;
})();

export {
  $root as default
};
