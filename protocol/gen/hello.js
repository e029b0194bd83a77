/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String;

// Exported root namespace
const $root = $protobuf.roots["hello"] || ($protobuf.roots["hello"] = {});

export const cen = $root.cen = (() => {

    /**
     * Namespace cen.
     * @exports cen
     * @namespace
     */
    const cen = {};

    cen.hello = (function() {

        /**
         * Namespace hello.
         * @memberof cen
         * @namespace
         */
        const hello = {};

        hello.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof cen.hello
             * @namespace
             */
            const v1 = {};

            v1.Hello = (function() {

                /**
                 * Properties of a Hello.
                 * @typedef {Object} cen.hello.v1.Hello.$Properties
                 * @property {string} [nodeId] Hello nodeId
                 * @property {string} [name] Hello name
                 * @property {string} [country] Hello country
                 * @property {string} [softwareVersion] Hello softwareVersion
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Hello.
                 * @memberof cen.hello.v1
                 * @interface IHello
                 * @augments cen.hello.v1.Hello.$Properties
                 * @deprecated Use cen.hello.v1.Hello.$Properties instead.
                 */

                /**
                 * Shape of a Hello.
                 * @typedef {cen.hello.v1.Hello.$Properties} cen.hello.v1.Hello.$Shape
                 */

                /**
                 * Constructs a new Hello.
                 * @memberof cen.hello.v1
                 * @classdesc Represents a Hello.
                 * @constructor
                 * @param {cen.hello.v1.Hello.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Hello = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Hello nodeId.
                 * @member {string} nodeId
                 * @memberof cen.hello.v1.Hello
                 * @instance
                 */
                Hello.prototype.nodeId = "";

                /**
                 * Hello name.
                 * @member {string} name
                 * @memberof cen.hello.v1.Hello
                 * @instance
                 */
                Hello.prototype.name = "";

                /**
                 * Hello country.
                 * @member {string} country
                 * @memberof cen.hello.v1.Hello
                 * @instance
                 */
                Hello.prototype.country = "";

                /**
                 * Hello softwareVersion.
                 * @member {string} softwareVersion
                 * @memberof cen.hello.v1.Hello
                 * @instance
                 */
                Hello.prototype.softwareVersion = "";

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @function create
                 * @memberof cen.hello.v1.Hello
                 * @static
                 * @param {cen.hello.v1.Hello.$Properties=} [properties] Properties to set
                 * @returns {cen.hello.v1.Hello} Hello instance
                 * @type {{
                 *   (properties: cen.hello.v1.Hello.$Shape): cen.hello.v1.Hello & cen.hello.v1.Hello.$Shape;
                 *   (properties?: cen.hello.v1.Hello.$Properties): cen.hello.v1.Hello;
                 * }}
                 */
                Hello.create = function(properties) {
                    return new Hello(properties);
                };

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link cen.hello.v1.Hello.verify|verify} messages.
                 * @function encode
                 * @memberof cen.hello.v1.Hello
                 * @static
                 * @param {cen.hello.v1.Hello.$Properties} message Hello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Hello.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.country);
                    if (message.softwareVersion != null && $Object.hasOwnProperty.call(message, "softwareVersion") && message.softwareVersion !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.softwareVersion);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @function decode
                 * @memberof cen.hello.v1.Hello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cen.hello.v1.Hello & cen.hello.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Hello.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.cen.hello.v1.Hello();
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
                                    message.nodeId = value;
                                else
                                    delete message.nodeId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.country = value;
                                else
                                    delete message.country;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.softwareVersion = value;
                                else
                                    delete message.softwareVersion;
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
                 * Verifies a Hello message.
                 * @function verify
                 * @memberof cen.hello.v1.Hello
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Hello.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                        if (!$util.isString(message.nodeId))
                            return "nodeId: string expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                        if (!$util.isString(message.country))
                            return "country: string expected";
                    if (message.softwareVersion != null && $Object.hasOwnProperty.call(message, "softwareVersion"))
                        if (!$util.isString(message.softwareVersion))
                            return "softwareVersion: string expected";
                    return null;
                };

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof cen.hello.v1.Hello
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {cen.hello.v1.Hello} Hello
                 */
                Hello.fromObject = function (object, _depth) {
                    if (object instanceof $root.cen.hello.v1.Hello)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cen.hello.v1.Hello: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cen.hello.v1.Hello();
                    if (object.nodeId != null)
                        if (typeof object.nodeId !== "string" || object.nodeId.length)
                            message.nodeId = $String(object.nodeId);
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.country != null)
                        if (typeof object.country !== "string" || object.country.length)
                            message.country = $String(object.country);
                    if (object.softwareVersion != null)
                        if (typeof object.softwareVersion !== "string" || object.softwareVersion.length)
                            message.softwareVersion = $String(object.softwareVersion);
                    return message;
                };

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof cen.hello.v1.Hello
                 * @static
                 * @param {cen.hello.v1.Hello} message Hello
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Hello.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.nodeId = "";
                        object.name = "";
                        object.country = "";
                        object.softwareVersion = "";
                    }
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                        object.nodeId = message.nodeId;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                        object.country = message.country;
                    if (message.softwareVersion != null && $Object.hasOwnProperty.call(message, "softwareVersion"))
                        object.softwareVersion = message.softwareVersion;
                    return object;
                };

                /**
                 * Converts this Hello to JSON.
                 * @function toJSON
                 * @memberof cen.hello.v1.Hello
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Hello.prototype.toJSON = function() {
                    return Hello.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Hello
                 * @function getTypeUrl
                 * @memberof cen.hello.v1.Hello
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Hello.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cen.hello.v1.Hello";
                };

                return Hello;
            })();

            return v1;
        })();

        return hello;
    })();

    return cen;
})();

export {
  $root as default
};
