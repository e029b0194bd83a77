/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number;

// Exported root namespace
const $root = $protobuf.roots["agreements"] || ($protobuf.roots["agreements"] = {});

export const cen = $root.cen = (() => {

    /**
     * Namespace cen.
     * @exports cen
     * @namespace
     */
    const cen = {};

    cen.agreements = (function() {

        /**
         * Namespace agreements.
         * @memberof cen
         * @namespace
         */
        const agreements = {};

        agreements.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cen.agreements
             * @namespace
             */
            const v1 = {};

            v1.AgreementFrame = (function() {

                /**
                 * Properties of an AgreementFrame.
                 * @typedef {Object} cen.agreements.v1.AgreementFrame.$Properties
                 * @property {cen.agreements.v1.Proposal.$Properties|null} [proposal] AgreementFrame proposal
                 * @property {cen.agreements.v1.Countersigned.$Properties|null} [countersigned] AgreementFrame countersigned
                 * @property {cen.agreements.v1.Revocation.$Properties|null} [revocation] AgreementFrame revocation
                 * @property {cen.agreements.v1.Ack.$Properties|null} [ack] AgreementFrame ack
                 * @property {cen.agreements.v1.Refusal.$Properties|null} [refusal] AgreementFrame refusal
                 * @property {cen.agreements.v1.Decline.$Properties|null} [decline] AgreementFrame decline
                 * @property {"proposal"|"countersigned"|"revocation"|"ack"|"refusal"|"decline"} [body] AgreementFrame body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AgreementFrame.
                 * @memberof cen.agreements.v1
                 * @interface IAgreementFrame
                 * @augments cen.agreements.v1.AgreementFrame.$Properties
                 * @deprecated Use cen.agreements.v1.AgreementFrame.$Properties instead.
                 */

                /**
                 * Narrowed shape of an AgreementFrame.
                 * @typedef {{
                 *   proposal?: cen.agreements.v1.Proposal.$Shape|null;
                 *   countersigned?: cen.agreements.v1.Countersigned.$Shape|null;
                 *   revocation?: cen.agreements.v1.Revocation.$Shape|null;
                 *   ack?: cen.agreements.v1.Ack.$Shape|null;
                 *   refusal?: cen.agreements.v1.Refusal.$Shape|null;
                 *   decline?: cen.agreements.v1.Decline.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; proposal?: null; countersigned?: null; revocation?: null; ack?: null; refusal?: null; decline?: null }|{ body?: "proposal"; proposal: cen.agreements.v1.Proposal.$Shape; countersigned?: null; revocation?: null; ack?: null; refusal?: null; decline?: null }|{ body?: "countersigned"; proposal?: null; countersigned: cen.agreements.v1.Countersigned.$Shape; revocation?: null; ack?: null; refusal?: null; decline?: null }|{ body?: "revocation"; proposal?: null; countersigned?: null; revocation: cen.agreements.v1.Revocation.$Shape; ack?: null; refusal?: null; decline?: null }|{ body?: "ack"; proposal?: null; countersigned?: null; revocation?: null; ack: cen.agreements.v1.Ack.$Shape; refusal?: null; decline?: null }|{ body?: "refusal"; proposal?: null; countersigned?: null; revocation?: null; ack?: null; refusal: cen.agreements.v1.Refusal.$Shape; decline?: null }|{ body?: "decline"; proposal?: null; countersigned?: null; revocation?: null; ack?: null; refusal?: null; decline: cen.agreements.v1.Decline.$Shape })
                 * )} cen.agreements.v1.AgreementFrame.$Shape
                 */

                /**
                 * Constructs a new AgreementFrame.
                 * @memberof cen.agreements.v1
                 * @classdesc Represents an AgreementFrame.
                 * @constructor
                 * @param {cen.agreements.v1.AgreementFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AgreementFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AgreementFrame proposal.
                 * @member {cen.agreements.v1.Proposal|null} proposal
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @instance
                 */
                AgreementFrame.prototype.proposal = null;

                /**
                 * AgreementFrame countersigned.
                 * @member {cen.agreements.v1.Countersigned|null} countersigned
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @instance
                 */
                AgreementFrame.prototype.countersigned = null;

                /**
                 * AgreementFrame revocation.
                 * @member {cen.agreements.v1.Revocation|null} revocation
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @instance
                 */
                AgreementFrame.prototype.revocation = null;

                /**
                 * AgreementFrame ack.
                 * @member {cen.agreements.v1.Ack|null} ack
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @instance
                 */
                AgreementFrame.prototype.ack = null;

                /**
                 * AgreementFrame refusal.
                 * @member {cen.agreements.v1.Refusal|null} refusal
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @instance
                 */
                AgreementFrame.prototype.refusal = null;

                /**
                 * AgreementFrame decline.
                 * @member {cen.agreements.v1.Decline|null} decline
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @instance
                 */
                AgreementFrame.prototype.decline = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * AgreementFrame body.
                 * @member {"proposal"|"countersigned"|"revocation"|"ack"|"refusal"|"decline"|undefined} body
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @instance
                 */
                $Object.defineProperty(AgreementFrame.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["proposal", "countersigned", "revocation", "ack", "refusal", "decline"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new AgreementFrame instance using the specified properties.
                 * @function create
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @static
                 * @param {cen.agreements.v1.AgreementFrame.$Properties=} [properties] Properties to set
                 * @returns {cen.agreements.v1.AgreementFrame} AgreementFrame instance
                 * @type {{
                 *   (properties: cen.agreements.v1.AgreementFrame.$Shape): cen.agreements.v1.AgreementFrame & cen.agreements.v1.AgreementFrame.$Shape;
                 *   (properties?: cen.agreements.v1.AgreementFrame.$Properties): cen.agreements.v1.AgreementFrame;
                 * }}
                 */
                AgreementFrame.create = function(properties) {
                    return new AgreementFrame(properties);
                };

                /**
                 * Encodes the specified AgreementFrame message. Does not implicitly {@link cen.agreements.v1.AgreementFrame.verify|verify} messages.
                 * @function encode
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @static
                 * @param {cen.agreements.v1.AgreementFrame.$Properties} message AgreementFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AgreementFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal"))
                        $root.cen.agreements.v1.Proposal.encode(message.proposal, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.countersigned != null && $Object.hasOwnProperty.call(message, "countersigned"))
                        $root.cen.agreements.v1.Countersigned.encode(message.countersigned, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.revocation != null && $Object.hasOwnProperty.call(message, "revocation"))
                        $root.cen.agreements.v1.Revocation.encode(message.revocation, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                        $root.cen.agreements.v1.Ack.encode(message.ack, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal"))
                        $root.cen.agreements.v1.Refusal.encode(message.refusal, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.decline != null && $Object.hasOwnProperty.call(message, "decline"))
                        $root.cen.agreements.v1.Decline.encode(message.decline, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AgreementFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.AgreementFrame & cen.agreements.v1.AgreementFrame.$Shape} AgreementFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AgreementFrame.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.agreements.v1.AgreementFrame();
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
                                message.proposal = $root.cen.agreements.v1.Proposal.decode(reader, reader.size(), $undefined, _depth + 1, message.proposal);
                                message.body = "proposal";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.countersigned = $root.cen.agreements.v1.Countersigned.decode(reader, reader.size(), $undefined, _depth + 1, message.countersigned);
                                message.body = "countersigned";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.revocation = $root.cen.agreements.v1.Revocation.decode(reader, reader.size(), $undefined, _depth + 1, message.revocation);
                                message.body = "revocation";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.ack = $root.cen.agreements.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                                message.body = "ack";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.refusal = $root.cen.agreements.v1.Refusal.decode(reader, reader.size(), $undefined, _depth + 1, message.refusal);
                                message.body = "refusal";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.decline = $root.cen.agreements.v1.Decline.decode(reader, reader.size(), $undefined, _depth + 1, message.decline);
                                message.body = "decline";
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
                 * Verifies an AgreementFrame message.
                 * @function verify
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AgreementFrame.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal")) {
                        properties.body = 1;
                        {
                            let error = $root.cen.agreements.v1.Proposal.verify(message.proposal, _depth + 1);
                            if (error)
                                return "proposal." + error;
                        }
                    }
                    if (message.countersigned != null && $Object.hasOwnProperty.call(message, "countersigned")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.agreements.v1.Countersigned.verify(message.countersigned, _depth + 1);
                            if (error)
                                return "countersigned." + error;
                        }
                    }
                    if (message.revocation != null && $Object.hasOwnProperty.call(message, "revocation")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.agreements.v1.Revocation.verify(message.revocation, _depth + 1);
                            if (error)
                                return "revocation." + error;
                        }
                    }
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.agreements.v1.Ack.verify(message.ack, _depth + 1);
                            if (error)
                                return "ack." + error;
                        }
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.agreements.v1.Refusal.verify(message.refusal, _depth + 1);
                            if (error)
                                return "refusal." + error;
                        }
                    }
                    if (message.decline != null && $Object.hasOwnProperty.call(message, "decline")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.cen.agreements.v1.Decline.verify(message.decline, _depth + 1);
                            if (error)
                                return "decline." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates an AgreementFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.agreements.v1.AgreementFrame} AgreementFrame
                 */
                AgreementFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.agreements.v1.AgreementFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.agreements.v1.AgreementFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.agreements.v1.AgreementFrame();
                    if (object.proposal != null) {
                        if (!$util.isObject(object.proposal))
                            throw $TypeError(".cen.agreements.v1.AgreementFrame.proposal: object expected");
                        message.proposal = $root.cen.agreements.v1.Proposal.fromObject(object.proposal, _depth + 1);
                    }
                    if (object.countersigned != null) {
                        if (!$util.isObject(object.countersigned))
                            throw $TypeError(".cen.agreements.v1.AgreementFrame.countersigned: object expected");
                        message.countersigned = $root.cen.agreements.v1.Countersigned.fromObject(object.countersigned, _depth + 1);
                    }
                    if (object.revocation != null) {
                        if (!$util.isObject(object.revocation))
                            throw $TypeError(".cen.agreements.v1.AgreementFrame.revocation: object expected");
                        message.revocation = $root.cen.agreements.v1.Revocation.fromObject(object.revocation, _depth + 1);
                    }
                    if (object.ack != null) {
                        if (!$util.isObject(object.ack))
                            throw $TypeError(".cen.agreements.v1.AgreementFrame.ack: object expected");
                        message.ack = $root.cen.agreements.v1.Ack.fromObject(object.ack, _depth + 1);
                    }
                    if (object.refusal != null) {
                        if (!$util.isObject(object.refusal))
                            throw $TypeError(".cen.agreements.v1.AgreementFrame.refusal: object expected");
                        message.refusal = $root.cen.agreements.v1.Refusal.fromObject(object.refusal, _depth + 1);
                    }
                    if (object.decline != null) {
                        if (!$util.isObject(object.decline))
                            throw $TypeError(".cen.agreements.v1.AgreementFrame.decline: object expected");
                        message.decline = $root.cen.agreements.v1.Decline.fromObject(object.decline, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an AgreementFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @static
                 * @param {cen.agreements.v1.AgreementFrame} message AgreementFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AgreementFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal")) {
                        object.proposal = $root.cen.agreements.v1.Proposal.toObject(message.proposal, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "proposal";
                    }
                    if (message.countersigned != null && $Object.hasOwnProperty.call(message, "countersigned")) {
                        object.countersigned = $root.cen.agreements.v1.Countersigned.toObject(message.countersigned, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "countersigned";
                    }
                    if (message.revocation != null && $Object.hasOwnProperty.call(message, "revocation")) {
                        object.revocation = $root.cen.agreements.v1.Revocation.toObject(message.revocation, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "revocation";
                    }
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                        object.ack = $root.cen.agreements.v1.Ack.toObject(message.ack, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "ack";
                    }
                    if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                        object.refusal = $root.cen.agreements.v1.Refusal.toObject(message.refusal, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "refusal";
                    }
                    if (message.decline != null && $Object.hasOwnProperty.call(message, "decline")) {
                        object.decline = $root.cen.agreements.v1.Decline.toObject(message.decline, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "decline";
                    }
                    return object;
                };

                /**
                 * Converts this AgreementFrame to JSON.
                 * @function toJSON
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AgreementFrame.prototype.toJSON = function() {
                    return AgreementFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AgreementFrame
                 * @function getTypeUrl
                 * @memberof cen.agreements.v1.AgreementFrame
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AgreementFrame.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.agreements.v1.AgreementFrame";
                };

                return AgreementFrame;
            })();

            v1.Proposal = (function() {

                /**
                 * Properties of a Proposal.
                 * @typedef {Object} cen.agreements.v1.Proposal.$Properties
                 * @property {string} [sealed] Proposal sealed
                 * @property {string} [note] Proposal note
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Proposal.
                 * @memberof cen.agreements.v1
                 * @interface IProposal
                 * @augments cen.agreements.v1.Proposal.$Properties
                 * @deprecated Use cen.agreements.v1.Proposal.$Properties instead.
                 */

                /**
                 * Shape of a Proposal.
                 * @typedef {cen.agreements.v1.Proposal.$Properties} cen.agreements.v1.Proposal.$Shape
                 */

                /**
                 * Constructs a new Proposal.
                 * @memberof cen.agreements.v1
                 * @classdesc Represents a Proposal.
                 * @constructor
                 * @param {cen.agreements.v1.Proposal.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Proposal = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Proposal sealed.
                 * @member {string} sealed
                 * @memberof cen.agreements.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.sealed = "";

                /**
                 * Proposal note.
                 * @member {string} note
                 * @memberof cen.agreements.v1.Proposal
                 * @instance
                 */
                Proposal.prototype.note = "";

                /**
                 * Creates a new Proposal instance using the specified properties.
                 * @function create
                 * @memberof cen.agreements.v1.Proposal
                 * @static
                 * @param {cen.agreements.v1.Proposal.$Properties=} [properties] Properties to set
                 * @returns {cen.agreements.v1.Proposal} Proposal instance
                 * @type {{
                 *   (properties: cen.agreements.v1.Proposal.$Shape): cen.agreements.v1.Proposal & cen.agreements.v1.Proposal.$Shape;
                 *   (properties?: cen.agreements.v1.Proposal.$Properties): cen.agreements.v1.Proposal;
                 * }}
                 */
                Proposal.create = function(properties) {
                    return new Proposal(properties);
                };

                /**
                 * Encodes the specified Proposal message. Does not implicitly {@link cen.agreements.v1.Proposal.verify|verify} messages.
                 * @function encode
                 * @memberof cen.agreements.v1.Proposal
                 * @static
                 * @param {cen.agreements.v1.Proposal.$Properties} message Proposal message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Proposal.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sealed != null && $Object.hasOwnProperty.call(message, "sealed") && message.sealed !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sealed);
                    if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.note);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Proposal message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.agreements.v1.Proposal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.Proposal & cen.agreements.v1.Proposal.$Shape} Proposal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Proposal.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.agreements.v1.Proposal();
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
                                    message.sealed = value;
                                else
                                    delete message.sealed;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.note = value;
                                else
                                    delete message.note;
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
                 * Verifies a Proposal message.
                 * @function verify
                 * @memberof cen.agreements.v1.Proposal
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Proposal.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.sealed != null && $Object.hasOwnProperty.call(message, "sealed"))
                        if (!$util.isString(message.sealed))
                            return "sealed: string expected";
                    if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                        if (!$util.isString(message.note))
                            return "note: string expected";
                    return null;
                };

                /**
                 * Creates a Proposal message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.agreements.v1.Proposal
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.agreements.v1.Proposal} Proposal
                 */
                Proposal.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.agreements.v1.Proposal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.agreements.v1.Proposal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.agreements.v1.Proposal();
                    if (object.sealed != null)
                        if (typeof object.sealed !== "string" || object.sealed.length)
                            message.sealed = $String(object.sealed);
                    if (object.note != null)
                        if (typeof object.note !== "string" || object.note.length)
                            message.note = $String(object.note);
                    return message;
                };

                /**
                 * Creates a plain object from a Proposal message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.agreements.v1.Proposal
                 * @static
                 * @param {cen.agreements.v1.Proposal} message Proposal
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Proposal.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sealed = "";
                        object.note = "";
                    }
                    if (message.sealed != null && $Object.hasOwnProperty.call(message, "sealed"))
                        object.sealed = message.sealed;
                    if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                        object.note = message.note;
                    return object;
                };

                /**
                 * Converts this Proposal to JSON.
                 * @function toJSON
                 * @memberof cen.agreements.v1.Proposal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Proposal.prototype.toJSON = function() {
                    return Proposal.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Proposal
                 * @function getTypeUrl
                 * @memberof cen.agreements.v1.Proposal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Proposal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.agreements.v1.Proposal";
                };

                return Proposal;
            })();

            v1.Countersigned = (function() {

                /**
                 * Properties of a Countersigned.
                 * @typedef {Object} cen.agreements.v1.Countersigned.$Properties
                 * @property {string} [sealed] Countersigned sealed
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Countersigned.
                 * @memberof cen.agreements.v1
                 * @interface ICountersigned
                 * @augments cen.agreements.v1.Countersigned.$Properties
                 * @deprecated Use cen.agreements.v1.Countersigned.$Properties instead.
                 */

                /**
                 * Shape of a Countersigned.
                 * @typedef {cen.agreements.v1.Countersigned.$Properties} cen.agreements.v1.Countersigned.$Shape
                 */

                /**
                 * Constructs a new Countersigned.
                 * @memberof cen.agreements.v1
                 * @classdesc Represents a Countersigned.
                 * @constructor
                 * @param {cen.agreements.v1.Countersigned.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Countersigned = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Countersigned sealed.
                 * @member {string} sealed
                 * @memberof cen.agreements.v1.Countersigned
                 * @instance
                 */
                Countersigned.prototype.sealed = "";

                /**
                 * Creates a new Countersigned instance using the specified properties.
                 * @function create
                 * @memberof cen.agreements.v1.Countersigned
                 * @static
                 * @param {cen.agreements.v1.Countersigned.$Properties=} [properties] Properties to set
                 * @returns {cen.agreements.v1.Countersigned} Countersigned instance
                 * @type {{
                 *   (properties: cen.agreements.v1.Countersigned.$Shape): cen.agreements.v1.Countersigned & cen.agreements.v1.Countersigned.$Shape;
                 *   (properties?: cen.agreements.v1.Countersigned.$Properties): cen.agreements.v1.Countersigned;
                 * }}
                 */
                Countersigned.create = function(properties) {
                    return new Countersigned(properties);
                };

                /**
                 * Encodes the specified Countersigned message. Does not implicitly {@link cen.agreements.v1.Countersigned.verify|verify} messages.
                 * @function encode
                 * @memberof cen.agreements.v1.Countersigned
                 * @static
                 * @param {cen.agreements.v1.Countersigned.$Properties} message Countersigned message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Countersigned.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sealed != null && $Object.hasOwnProperty.call(message, "sealed") && message.sealed !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sealed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Countersigned message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.agreements.v1.Countersigned
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.Countersigned & cen.agreements.v1.Countersigned.$Shape} Countersigned
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Countersigned.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.agreements.v1.Countersigned();
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
                                    message.sealed = value;
                                else
                                    delete message.sealed;
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
                 * Verifies a Countersigned message.
                 * @function verify
                 * @memberof cen.agreements.v1.Countersigned
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Countersigned.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.sealed != null && $Object.hasOwnProperty.call(message, "sealed"))
                        if (!$util.isString(message.sealed))
                            return "sealed: string expected";
                    return null;
                };

                /**
                 * Creates a Countersigned message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.agreements.v1.Countersigned
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.agreements.v1.Countersigned} Countersigned
                 */
                Countersigned.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.agreements.v1.Countersigned)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.agreements.v1.Countersigned: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.agreements.v1.Countersigned();
                    if (object.sealed != null)
                        if (typeof object.sealed !== "string" || object.sealed.length)
                            message.sealed = $String(object.sealed);
                    return message;
                };

                /**
                 * Creates a plain object from a Countersigned message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.agreements.v1.Countersigned
                 * @static
                 * @param {cen.agreements.v1.Countersigned} message Countersigned
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Countersigned.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.sealed = "";
                    if (message.sealed != null && $Object.hasOwnProperty.call(message, "sealed"))
                        object.sealed = message.sealed;
                    return object;
                };

                /**
                 * Converts this Countersigned to JSON.
                 * @function toJSON
                 * @memberof cen.agreements.v1.Countersigned
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Countersigned.prototype.toJSON = function() {
                    return Countersigned.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Countersigned
                 * @function getTypeUrl
                 * @memberof cen.agreements.v1.Countersigned
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Countersigned.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.agreements.v1.Countersigned";
                };

                return Countersigned;
            })();

            v1.Revocation = (function() {

                /**
                 * Properties of a Revocation.
                 * @typedef {Object} cen.agreements.v1.Revocation.$Properties
                 * @property {string} [jws] Revocation jws
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Revocation.
                 * @memberof cen.agreements.v1
                 * @interface IRevocation
                 * @augments cen.agreements.v1.Revocation.$Properties
                 * @deprecated Use cen.agreements.v1.Revocation.$Properties instead.
                 */

                /**
                 * Shape of a Revocation.
                 * @typedef {cen.agreements.v1.Revocation.$Properties} cen.agreements.v1.Revocation.$Shape
                 */

                /**
                 * Constructs a new Revocation.
                 * @memberof cen.agreements.v1
                 * @classdesc Represents a Revocation.
                 * @constructor
                 * @param {cen.agreements.v1.Revocation.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Revocation = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Revocation jws.
                 * @member {string} jws
                 * @memberof cen.agreements.v1.Revocation
                 * @instance
                 */
                Revocation.prototype.jws = "";

                /**
                 * Creates a new Revocation instance using the specified properties.
                 * @function create
                 * @memberof cen.agreements.v1.Revocation
                 * @static
                 * @param {cen.agreements.v1.Revocation.$Properties=} [properties] Properties to set
                 * @returns {cen.agreements.v1.Revocation} Revocation instance
                 * @type {{
                 *   (properties: cen.agreements.v1.Revocation.$Shape): cen.agreements.v1.Revocation & cen.agreements.v1.Revocation.$Shape;
                 *   (properties?: cen.agreements.v1.Revocation.$Properties): cen.agreements.v1.Revocation;
                 * }}
                 */
                Revocation.create = function(properties) {
                    return new Revocation(properties);
                };

                /**
                 * Encodes the specified Revocation message. Does not implicitly {@link cen.agreements.v1.Revocation.verify|verify} messages.
                 * @function encode
                 * @memberof cen.agreements.v1.Revocation
                 * @static
                 * @param {cen.agreements.v1.Revocation.$Properties} message Revocation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Revocation.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jws != null && $Object.hasOwnProperty.call(message, "jws") && message.jws !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.jws);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Revocation message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.agreements.v1.Revocation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.Revocation & cen.agreements.v1.Revocation.$Shape} Revocation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Revocation.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.agreements.v1.Revocation();
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
                                    message.jws = value;
                                else
                                    delete message.jws;
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
                 * Verifies a Revocation message.
                 * @function verify
                 * @memberof cen.agreements.v1.Revocation
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Revocation.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.jws != null && $Object.hasOwnProperty.call(message, "jws"))
                        if (!$util.isString(message.jws))
                            return "jws: string expected";
                    return null;
                };

                /**
                 * Creates a Revocation message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.agreements.v1.Revocation
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.agreements.v1.Revocation} Revocation
                 */
                Revocation.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.agreements.v1.Revocation)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.agreements.v1.Revocation: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.agreements.v1.Revocation();
                    if (object.jws != null)
                        if (typeof object.jws !== "string" || object.jws.length)
                            message.jws = $String(object.jws);
                    return message;
                };

                /**
                 * Creates a plain object from a Revocation message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.agreements.v1.Revocation
                 * @static
                 * @param {cen.agreements.v1.Revocation} message Revocation
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Revocation.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.jws = "";
                    if (message.jws != null && $Object.hasOwnProperty.call(message, "jws"))
                        object.jws = message.jws;
                    return object;
                };

                /**
                 * Converts this Revocation to JSON.
                 * @function toJSON
                 * @memberof cen.agreements.v1.Revocation
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Revocation.prototype.toJSON = function() {
                    return Revocation.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Revocation
                 * @function getTypeUrl
                 * @memberof cen.agreements.v1.Revocation
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Revocation.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.agreements.v1.Revocation";
                };

                return Revocation;
            })();

            v1.Decline = (function() {

                /**
                 * Properties of a Decline.
                 * @typedef {Object} cen.agreements.v1.Decline.$Properties
                 * @property {string} [agreementId] Decline agreementId
                 * @property {string} [reason] Decline reason
                 * @property {number} [version] Decline version
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Decline.
                 * @memberof cen.agreements.v1
                 * @interface IDecline
                 * @augments cen.agreements.v1.Decline.$Properties
                 * @deprecated Use cen.agreements.v1.Decline.$Properties instead.
                 */

                /**
                 * Shape of a Decline.
                 * @typedef {cen.agreements.v1.Decline.$Properties} cen.agreements.v1.Decline.$Shape
                 */

                /**
                 * Constructs a new Decline.
                 * @memberof cen.agreements.v1
                 * @classdesc Represents a Decline.
                 * @constructor
                 * @param {cen.agreements.v1.Decline.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Decline = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Decline agreementId.
                 * @member {string} agreementId
                 * @memberof cen.agreements.v1.Decline
                 * @instance
                 */
                Decline.prototype.agreementId = "";

                /**
                 * Decline reason.
                 * @member {string} reason
                 * @memberof cen.agreements.v1.Decline
                 * @instance
                 */
                Decline.prototype.reason = "";

                /**
                 * Decline version.
                 * @member {number} version
                 * @memberof cen.agreements.v1.Decline
                 * @instance
                 */
                Decline.prototype.version = 0;

                /**
                 * Creates a new Decline instance using the specified properties.
                 * @function create
                 * @memberof cen.agreements.v1.Decline
                 * @static
                 * @param {cen.agreements.v1.Decline.$Properties=} [properties] Properties to set
                 * @returns {cen.agreements.v1.Decline} Decline instance
                 * @type {{
                 *   (properties: cen.agreements.v1.Decline.$Shape): cen.agreements.v1.Decline & cen.agreements.v1.Decline.$Shape;
                 *   (properties?: cen.agreements.v1.Decline.$Properties): cen.agreements.v1.Decline;
                 * }}
                 */
                Decline.create = function(properties) {
                    return new Decline(properties);
                };

                /**
                 * Encodes the specified Decline message. Does not implicitly {@link cen.agreements.v1.Decline.verify|verify} messages.
                 * @function encode
                 * @memberof cen.agreements.v1.Decline
                 * @static
                 * @param {cen.agreements.v1.Decline.$Properties} message Decline message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Decline.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId") && message.agreementId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.agreementId);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.version);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Decline message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.agreements.v1.Decline
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.Decline & cen.agreements.v1.Decline.$Shape} Decline
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Decline.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.agreements.v1.Decline();
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
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
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
                 * Verifies a Decline message.
                 * @function verify
                 * @memberof cen.agreements.v1.Decline
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Decline.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                        if (!$util.isString(message.agreementId))
                            return "agreementId: string expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        if (!$util.isInteger(message.version))
                            return "version: integer expected";
                    return null;
                };

                /**
                 * Creates a Decline message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.agreements.v1.Decline
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.agreements.v1.Decline} Decline
                 */
                Decline.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.agreements.v1.Decline)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.agreements.v1.Decline: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.agreements.v1.Decline();
                    if (object.agreementId != null)
                        if (typeof object.agreementId !== "string" || object.agreementId.length)
                            message.agreementId = $String(object.agreementId);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    if (object.version != null)
                        if ($Number(object.version) !== 0)
                            message.version = object.version >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Decline message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.agreements.v1.Decline
                 * @static
                 * @param {cen.agreements.v1.Decline} message Decline
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Decline.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.agreementId = "";
                        object.reason = "";
                        object.version = 0;
                    }
                    if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                        object.agreementId = message.agreementId;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    return object;
                };

                /**
                 * Converts this Decline to JSON.
                 * @function toJSON
                 * @memberof cen.agreements.v1.Decline
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Decline.prototype.toJSON = function() {
                    return Decline.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Decline
                 * @function getTypeUrl
                 * @memberof cen.agreements.v1.Decline
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Decline.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.agreements.v1.Decline";
                };

                return Decline;
            })();

            v1.Ack = (function() {

                /**
                 * Properties of an Ack.
                 * @typedef {Object} cen.agreements.v1.Ack.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Ack.
                 * @memberof cen.agreements.v1
                 * @interface IAck
                 * @augments cen.agreements.v1.Ack.$Properties
                 * @deprecated Use cen.agreements.v1.Ack.$Properties instead.
                 */

                /**
                 * Shape of an Ack.
                 * @typedef {cen.agreements.v1.Ack.$Properties} cen.agreements.v1.Ack.$Shape
                 */

                /**
                 * Constructs a new Ack.
                 * @memberof cen.agreements.v1
                 * @classdesc Represents an Ack.
                 * @constructor
                 * @param {cen.agreements.v1.Ack.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Ack = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new Ack instance using the specified properties.
                 * @function create
                 * @memberof cen.agreements.v1.Ack
                 * @static
                 * @param {cen.agreements.v1.Ack.$Properties=} [properties] Properties to set
                 * @returns {cen.agreements.v1.Ack} Ack instance
                 * @type {{
                 *   (properties: cen.agreements.v1.Ack.$Shape): cen.agreements.v1.Ack & cen.agreements.v1.Ack.$Shape;
                 *   (properties?: cen.agreements.v1.Ack.$Properties): cen.agreements.v1.Ack;
                 * }}
                 */
                Ack.create = function(properties) {
                    return new Ack(properties);
                };

                /**
                 * Encodes the specified Ack message. Does not implicitly {@link cen.agreements.v1.Ack.verify|verify} messages.
                 * @function encode
                 * @memberof cen.agreements.v1.Ack
                 * @static
                 * @param {cen.agreements.v1.Ack.$Properties} message Ack message or plain object to encode
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
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Ack message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.agreements.v1.Ack
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.Ack & cen.agreements.v1.Ack.$Shape} Ack
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
                    message = _target || new $root.cen.agreements.v1.Ack();
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
                 * Verifies an Ack message.
                 * @function verify
                 * @memberof cen.agreements.v1.Ack
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
                    return null;
                };

                /**
                 * Creates an Ack message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.agreements.v1.Ack
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.agreements.v1.Ack} Ack
                 */
                Ack.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.agreements.v1.Ack)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.agreements.v1.Ack: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.cen.agreements.v1.Ack();
                };

                /**
                 * Creates a plain object from an Ack message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.agreements.v1.Ack
                 * @static
                 * @param {cen.agreements.v1.Ack} message Ack
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Ack.toObject = function () {
                    return {};
                };

                /**
                 * Converts this Ack to JSON.
                 * @function toJSON
                 * @memberof cen.agreements.v1.Ack
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Ack.prototype.toJSON = function() {
                    return Ack.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Ack
                 * @function getTypeUrl
                 * @memberof cen.agreements.v1.Ack
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Ack.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.agreements.v1.Ack";
                };

                return Ack;
            })();

            v1.Refusal = (function() {

                /**
                 * Properties of a Refusal.
                 * @typedef {Object} cen.agreements.v1.Refusal.$Properties
                 * @property {string} [code] Refusal code
                 * @property {string} [message] Refusal message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Refusal.
                 * @memberof cen.agreements.v1
                 * @interface IRefusal
                 * @augments cen.agreements.v1.Refusal.$Properties
                 * @deprecated Use cen.agreements.v1.Refusal.$Properties instead.
                 */

                /**
                 * Shape of a Refusal.
                 * @typedef {cen.agreements.v1.Refusal.$Properties} cen.agreements.v1.Refusal.$Shape
                 */

                /**
                 * Constructs a new Refusal.
                 * @memberof cen.agreements.v1
                 * @classdesc Represents a Refusal.
                 * @constructor
                 * @param {cen.agreements.v1.Refusal.$Properties=} [properties] Properties to set
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
                 * @memberof cen.agreements.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.code = "";

                /**
                 * Refusal message.
                 * @member {string} message
                 * @memberof cen.agreements.v1.Refusal
                 * @instance
                 */
                Refusal.prototype.message = "";

                /**
                 * Creates a new Refusal instance using the specified properties.
                 * @function create
                 * @memberof cen.agreements.v1.Refusal
                 * @static
                 * @param {cen.agreements.v1.Refusal.$Properties=} [properties] Properties to set
                 * @returns {cen.agreements.v1.Refusal} Refusal instance
                 * @type {{
                 *   (properties: cen.agreements.v1.Refusal.$Shape): cen.agreements.v1.Refusal & cen.agreements.v1.Refusal.$Shape;
                 *   (properties?: cen.agreements.v1.Refusal.$Properties): cen.agreements.v1.Refusal;
                 * }}
                 */
                Refusal.create = function(properties) {
                    return new Refusal(properties);
                };

                /**
                 * Encodes the specified Refusal message. Does not implicitly {@link cen.agreements.v1.Refusal.verify|verify} messages.
                 * @function encode
                 * @memberof cen.agreements.v1.Refusal
                 * @static
                 * @param {cen.agreements.v1.Refusal.$Properties} message Refusal message or plain object to encode
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
                 * @memberof cen.agreements.v1.Refusal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.agreements.v1.Refusal & cen.agreements.v1.Refusal.$Shape} Refusal
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
                    message = _target || new $root.cen.agreements.v1.Refusal();
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
                 * @memberof cen.agreements.v1.Refusal
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
                 * @memberof cen.agreements.v1.Refusal
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.agreements.v1.Refusal} Refusal
                 */
                Refusal.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.agreements.v1.Refusal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.agreements.v1.Refusal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.agreements.v1.Refusal();
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
                 * @memberof cen.agreements.v1.Refusal
                 * @static
                 * @param {cen.agreements.v1.Refusal} message Refusal
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
                 * @memberof cen.agreements.v1.Refusal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Refusal.prototype.toJSON = function() {
                    return Refusal.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Refusal
                 * @function getTypeUrl
                 * @memberof cen.agreements.v1.Refusal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Refusal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.agreements.v1.Refusal";
                };

                return Refusal;
            })();

            return v1;
        })();

        return agreements;
    })();

    return cen;
})();

export {
  $root as default
};
