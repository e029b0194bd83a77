/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["records"] || ($protobuf.roots["records"] = {});

export const cen = $root.cen = (() => {

    /**
     * Namespace cen.
     * @exports cen
     * @namespace
     */
    const cen = {};

    cen.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof cen
         * @namespace
         */
        const v1 = {};

        v1.Location = (function() {

            /**
             * Properties of a Location.
             * @typedef {Object} cen.v1.Location.$Properties
             * @property {string} [type] Location type
             * @property {string|null} [code] Location code
             * @property {string|null} [name] Location name
             * @property {number|null} [lat] Location lat
             * @property {number|null} [lon] Location lon
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Location.
             * @memberof cen.v1
             * @interface ILocation
             * @augments cen.v1.Location.$Properties
             * @deprecated Use cen.v1.Location.$Properties instead.
             */

            /**
             * Shape of a Location.
             * @typedef {cen.v1.Location.$Properties} cen.v1.Location.$Shape
             */

            /**
             * Constructs a new Location.
             * @memberof cen.v1
             * @classdesc Represents a Location.
             * @constructor
             * @param {cen.v1.Location.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Location = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Location type.
             * @member {string} type
             * @memberof cen.v1.Location
             * @instance
             */
            Location.prototype.type = "";

            /**
             * Location code.
             * @member {string|null} code
             * @memberof cen.v1.Location
             * @instance
             */
            Location.prototype.code = null;

            /**
             * Location name.
             * @member {string|null} name
             * @memberof cen.v1.Location
             * @instance
             */
            Location.prototype.name = null;

            /**
             * Location lat.
             * @member {number|null} lat
             * @memberof cen.v1.Location
             * @instance
             */
            Location.prototype.lat = null;

            /**
             * Location lon.
             * @member {number|null} lon
             * @memberof cen.v1.Location
             * @instance
             */
            Location.prototype.lon = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Location.prototype, "_code", {
                get: $util.oneOfGetter($oneOfFields = ["code"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Location.prototype, "_name", {
                get: $util.oneOfGetter($oneOfFields = ["name"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Location.prototype, "_lat", {
                get: $util.oneOfGetter($oneOfFields = ["lat"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Location.prototype, "_lon", {
                get: $util.oneOfGetter($oneOfFields = ["lon"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Location instance using the specified properties.
             * @function create
             * @memberof cen.v1.Location
             * @static
             * @param {cen.v1.Location.$Properties=} [properties] Properties to set
             * @returns {cen.v1.Location} Location instance
             * @type {{
             *   (properties: cen.v1.Location.$Shape): cen.v1.Location & cen.v1.Location.$Shape;
             *   (properties?: cen.v1.Location.$Properties): cen.v1.Location;
             * }}
             */
            Location.create = function(properties) {
                return new Location(properties);
            };

            /**
             * Encodes the specified Location message. Does not implicitly {@link cen.v1.Location.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.Location
             * @static
             * @param {cen.v1.Location.$Properties} message Location message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Location.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.code);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.lat);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.lon);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.Location
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.Location & cen.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Location.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.Location();
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
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.code = reader.stringVerify();
                            message._code = "code";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.stringVerify();
                            message._name = "name";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.lat = reader.double();
                            message._lat = "lat";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            message.lon = reader.double();
                            message._lon = "lon";
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
             * Verifies a Location message.
             * @function verify
             * @memberof cen.v1.Location
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Location.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code")) {
                    properties._code = 1;
                    if (!$util.isString(message.code))
                        return "code: string expected";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name")) {
                    properties._name = 1;
                    if (!$util.isString(message.name))
                        return "name: string expected";
                }
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat")) {
                    properties._lat = 1;
                    if (typeof message.lat !== "number")
                        return "lat: number expected";
                }
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon")) {
                    properties._lon = 1;
                    if (typeof message.lon !== "number")
                        return "lon: number expected";
                }
                return null;
            };

            /**
             * Creates a Location message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.Location
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.Location} Location
             */
            Location.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.Location)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.Location: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.Location();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.code != null)
                    message.code = $String(object.code);
                if (object.name != null)
                    message.name = $String(object.name);
                if (object.lat != null)
                    message.lat = $Number(object.lat);
                if (object.lon != null)
                    message.lon = $Number(object.lon);
                return message;
            };

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.Location
             * @static
             * @param {cen.v1.Location} message Location
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Location.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.type = "";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    object.lat = options.json && !$isFinite(message.lat) ? $String(message.lat) : message.lat;
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    object.lon = options.json && !$isFinite(message.lon) ? $String(message.lon) : message.lon;
                return object;
            };

            /**
             * Converts this Location to JSON.
             * @function toJSON
             * @memberof cen.v1.Location
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Location.prototype.toJSON = function() {
                return Location.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Location
             * @function getTypeUrl
             * @memberof cen.v1.Location
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Location.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.Location";
            };

            return Location;
        })();

        v1.Detection = (function() {

            /**
             * Properties of a Detection.
             * @typedef {Object} cen.v1.Detection.$Properties
             * @property {string} [method] Detection method
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Detection.
             * @memberof cen.v1
             * @interface IDetection
             * @augments cen.v1.Detection.$Properties
             * @deprecated Use cen.v1.Detection.$Properties instead.
             */

            /**
             * Shape of a Detection.
             * @typedef {cen.v1.Detection.$Properties} cen.v1.Detection.$Shape
             */

            /**
             * Constructs a new Detection.
             * @memberof cen.v1
             * @classdesc Represents a Detection.
             * @constructor
             * @param {cen.v1.Detection.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Detection = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Detection method.
             * @member {string} method
             * @memberof cen.v1.Detection
             * @instance
             */
            Detection.prototype.method = "";

            /**
             * Creates a new Detection instance using the specified properties.
             * @function create
             * @memberof cen.v1.Detection
             * @static
             * @param {cen.v1.Detection.$Properties=} [properties] Properties to set
             * @returns {cen.v1.Detection} Detection instance
             * @type {{
             *   (properties: cen.v1.Detection.$Shape): cen.v1.Detection & cen.v1.Detection.$Shape;
             *   (properties?: cen.v1.Detection.$Properties): cen.v1.Detection;
             * }}
             */
            Detection.create = function(properties) {
                return new Detection(properties);
            };

            /**
             * Encodes the specified Detection message. Does not implicitly {@link cen.v1.Detection.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.Detection
             * @static
             * @param {cen.v1.Detection.$Properties} message Detection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Detection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.method);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Detection message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.Detection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.Detection & cen.v1.Detection.$Shape} Detection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Detection.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.Detection();
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
                                message.method = value;
                            else
                                delete message.method;
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
             * Verifies a Detection message.
             * @function verify
             * @memberof cen.v1.Detection
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Detection.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                    if (!$util.isString(message.method))
                        return "method: string expected";
                return null;
            };

            /**
             * Creates a Detection message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.Detection
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.Detection} Detection
             */
            Detection.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.Detection)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.Detection: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.Detection();
                if (object.method != null)
                    if (typeof object.method !== "string" || object.method.length)
                        message.method = $String(object.method);
                return message;
            };

            /**
             * Creates a plain object from a Detection message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.Detection
             * @static
             * @param {cen.v1.Detection} message Detection
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Detection.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.method = "";
                if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                    object.method = message.method;
                return object;
            };

            /**
             * Converts this Detection to JSON.
             * @function toJSON
             * @memberof cen.v1.Detection
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Detection.prototype.toJSON = function() {
                return Detection.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Detection
             * @function getTypeUrl
             * @memberof cen.v1.Detection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Detection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.Detection";
            };

            return Detection;
        })();

        v1.Conveyance = (function() {

            /**
             * Properties of a Conveyance.
             * @typedef {Object} cen.v1.Conveyance.$Properties
             * @property {string} [mode] Conveyance mode
             * @property {string|null} [carrier] Conveyance carrier
             * @property {string|null} [flightOrVoyage] Conveyance flightOrVoyage
             * @property {string|null} [containerNumber] Conveyance containerNumber
             * @property {string|null} [vehicleRegistration] Conveyance vehicleRegistration
             * @property {string|null} [imo] Conveyance imo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Conveyance.
             * @memberof cen.v1
             * @interface IConveyance
             * @augments cen.v1.Conveyance.$Properties
             * @deprecated Use cen.v1.Conveyance.$Properties instead.
             */

            /**
             * Shape of a Conveyance.
             * @typedef {cen.v1.Conveyance.$Properties} cen.v1.Conveyance.$Shape
             */

            /**
             * Constructs a new Conveyance.
             * @memberof cen.v1
             * @classdesc Represents a Conveyance.
             * @constructor
             * @param {cen.v1.Conveyance.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Conveyance = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Conveyance mode.
             * @member {string} mode
             * @memberof cen.v1.Conveyance
             * @instance
             */
            Conveyance.prototype.mode = "";

            /**
             * Conveyance carrier.
             * @member {string|null} carrier
             * @memberof cen.v1.Conveyance
             * @instance
             */
            Conveyance.prototype.carrier = null;

            /**
             * Conveyance flightOrVoyage.
             * @member {string|null} flightOrVoyage
             * @memberof cen.v1.Conveyance
             * @instance
             */
            Conveyance.prototype.flightOrVoyage = null;

            /**
             * Conveyance containerNumber.
             * @member {string|null} containerNumber
             * @memberof cen.v1.Conveyance
             * @instance
             */
            Conveyance.prototype.containerNumber = null;

            /**
             * Conveyance vehicleRegistration.
             * @member {string|null} vehicleRegistration
             * @memberof cen.v1.Conveyance
             * @instance
             */
            Conveyance.prototype.vehicleRegistration = null;

            /**
             * Conveyance imo.
             * @member {string|null} imo
             * @memberof cen.v1.Conveyance
             * @instance
             */
            Conveyance.prototype.imo = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Conveyance.prototype, "_carrier", {
                get: $util.oneOfGetter($oneOfFields = ["carrier"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Conveyance.prototype, "_flightOrVoyage", {
                get: $util.oneOfGetter($oneOfFields = ["flightOrVoyage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Conveyance.prototype, "_containerNumber", {
                get: $util.oneOfGetter($oneOfFields = ["containerNumber"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Conveyance.prototype, "_vehicleRegistration", {
                get: $util.oneOfGetter($oneOfFields = ["vehicleRegistration"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Conveyance.prototype, "_imo", {
                get: $util.oneOfGetter($oneOfFields = ["imo"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Conveyance instance using the specified properties.
             * @function create
             * @memberof cen.v1.Conveyance
             * @static
             * @param {cen.v1.Conveyance.$Properties=} [properties] Properties to set
             * @returns {cen.v1.Conveyance} Conveyance instance
             * @type {{
             *   (properties: cen.v1.Conveyance.$Shape): cen.v1.Conveyance & cen.v1.Conveyance.$Shape;
             *   (properties?: cen.v1.Conveyance.$Properties): cen.v1.Conveyance;
             * }}
             */
            Conveyance.create = function(properties) {
                return new Conveyance(properties);
            };

            /**
             * Encodes the specified Conveyance message. Does not implicitly {@link cen.v1.Conveyance.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.Conveyance
             * @static
             * @param {cen.v1.Conveyance.$Properties} message Conveyance message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Conveyance.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.mode);
                if (message.carrier != null && $Object.hasOwnProperty.call(message, "carrier"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.carrier);
                if (message.flightOrVoyage != null && $Object.hasOwnProperty.call(message, "flightOrVoyage"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.flightOrVoyage);
                if (message.containerNumber != null && $Object.hasOwnProperty.call(message, "containerNumber"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.containerNumber);
                if (message.vehicleRegistration != null && $Object.hasOwnProperty.call(message, "vehicleRegistration"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.vehicleRegistration);
                if (message.imo != null && $Object.hasOwnProperty.call(message, "imo"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.imo);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Conveyance message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.Conveyance
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.Conveyance & cen.v1.Conveyance.$Shape} Conveyance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Conveyance.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.Conveyance();
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
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.carrier = reader.stringVerify();
                            message._carrier = "carrier";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.flightOrVoyage = reader.stringVerify();
                            message._flightOrVoyage = "flightOrVoyage";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.containerNumber = reader.stringVerify();
                            message._containerNumber = "containerNumber";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.vehicleRegistration = reader.stringVerify();
                            message._vehicleRegistration = "vehicleRegistration";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.imo = reader.stringVerify();
                            message._imo = "imo";
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
             * Verifies a Conveyance message.
             * @function verify
             * @memberof cen.v1.Conveyance
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Conveyance.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (!$util.isString(message.mode))
                        return "mode: string expected";
                if (message.carrier != null && $Object.hasOwnProperty.call(message, "carrier")) {
                    properties._carrier = 1;
                    if (!$util.isString(message.carrier))
                        return "carrier: string expected";
                }
                if (message.flightOrVoyage != null && $Object.hasOwnProperty.call(message, "flightOrVoyage")) {
                    properties._flightOrVoyage = 1;
                    if (!$util.isString(message.flightOrVoyage))
                        return "flightOrVoyage: string expected";
                }
                if (message.containerNumber != null && $Object.hasOwnProperty.call(message, "containerNumber")) {
                    properties._containerNumber = 1;
                    if (!$util.isString(message.containerNumber))
                        return "containerNumber: string expected";
                }
                if (message.vehicleRegistration != null && $Object.hasOwnProperty.call(message, "vehicleRegistration")) {
                    properties._vehicleRegistration = 1;
                    if (!$util.isString(message.vehicleRegistration))
                        return "vehicleRegistration: string expected";
                }
                if (message.imo != null && $Object.hasOwnProperty.call(message, "imo")) {
                    properties._imo = 1;
                    if (!$util.isString(message.imo))
                        return "imo: string expected";
                }
                return null;
            };

            /**
             * Creates a Conveyance message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.Conveyance
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.Conveyance} Conveyance
             */
            Conveyance.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.Conveyance)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.Conveyance: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.Conveyance();
                if (object.mode != null)
                    if (typeof object.mode !== "string" || object.mode.length)
                        message.mode = $String(object.mode);
                if (object.carrier != null)
                    message.carrier = $String(object.carrier);
                if (object.flightOrVoyage != null)
                    message.flightOrVoyage = $String(object.flightOrVoyage);
                if (object.containerNumber != null)
                    message.containerNumber = $String(object.containerNumber);
                if (object.vehicleRegistration != null)
                    message.vehicleRegistration = $String(object.vehicleRegistration);
                if (object.imo != null)
                    message.imo = $String(object.imo);
                return message;
            };

            /**
             * Creates a plain object from a Conveyance message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.Conveyance
             * @static
             * @param {cen.v1.Conveyance} message Conveyance
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Conveyance.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.mode = "";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                if (message.carrier != null && $Object.hasOwnProperty.call(message, "carrier"))
                    object.carrier = message.carrier;
                if (message.flightOrVoyage != null && $Object.hasOwnProperty.call(message, "flightOrVoyage"))
                    object.flightOrVoyage = message.flightOrVoyage;
                if (message.containerNumber != null && $Object.hasOwnProperty.call(message, "containerNumber"))
                    object.containerNumber = message.containerNumber;
                if (message.vehicleRegistration != null && $Object.hasOwnProperty.call(message, "vehicleRegistration"))
                    object.vehicleRegistration = message.vehicleRegistration;
                if (message.imo != null && $Object.hasOwnProperty.call(message, "imo"))
                    object.imo = message.imo;
                return object;
            };

            /**
             * Converts this Conveyance to JSON.
             * @function toJSON
             * @memberof cen.v1.Conveyance
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Conveyance.prototype.toJSON = function() {
                return Conveyance.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Conveyance
             * @function getTypeUrl
             * @memberof cen.v1.Conveyance
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Conveyance.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.Conveyance";
            };

            return Conveyance;
        })();

        v1.Concealment = (function() {

            /**
             * Properties of a Concealment.
             * @typedef {Object} cen.v1.Concealment.$Properties
             * @property {string} [method] Concealment method
             * @property {string|null} [description] Concealment description
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Concealment.
             * @memberof cen.v1
             * @interface IConcealment
             * @augments cen.v1.Concealment.$Properties
             * @deprecated Use cen.v1.Concealment.$Properties instead.
             */

            /**
             * Shape of a Concealment.
             * @typedef {cen.v1.Concealment.$Properties} cen.v1.Concealment.$Shape
             */

            /**
             * Constructs a new Concealment.
             * @memberof cen.v1
             * @classdesc Represents a Concealment.
             * @constructor
             * @param {cen.v1.Concealment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Concealment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Concealment method.
             * @member {string} method
             * @memberof cen.v1.Concealment
             * @instance
             */
            Concealment.prototype.method = "";

            /**
             * Concealment description.
             * @member {string|null} description
             * @memberof cen.v1.Concealment
             * @instance
             */
            Concealment.prototype.description = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Concealment.prototype, "_description", {
                get: $util.oneOfGetter($oneOfFields = ["description"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Concealment instance using the specified properties.
             * @function create
             * @memberof cen.v1.Concealment
             * @static
             * @param {cen.v1.Concealment.$Properties=} [properties] Properties to set
             * @returns {cen.v1.Concealment} Concealment instance
             * @type {{
             *   (properties: cen.v1.Concealment.$Shape): cen.v1.Concealment & cen.v1.Concealment.$Shape;
             *   (properties?: cen.v1.Concealment.$Properties): cen.v1.Concealment;
             * }}
             */
            Concealment.create = function(properties) {
                return new Concealment(properties);
            };

            /**
             * Encodes the specified Concealment message. Does not implicitly {@link cen.v1.Concealment.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.Concealment
             * @static
             * @param {cen.v1.Concealment.$Properties} message Concealment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Concealment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.method);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Concealment message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.Concealment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.Concealment & cen.v1.Concealment.$Shape} Concealment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Concealment.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.Concealment();
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
                                message.method = value;
                            else
                                delete message.method;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.description = reader.stringVerify();
                            message._description = "description";
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
             * Verifies a Concealment message.
             * @function verify
             * @memberof cen.v1.Concealment
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Concealment.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                    if (!$util.isString(message.method))
                        return "method: string expected";
                if (message.description != null && $Object.hasOwnProperty.call(message, "description")) {
                    properties._description = 1;
                    if (!$util.isString(message.description))
                        return "description: string expected";
                }
                return null;
            };

            /**
             * Creates a Concealment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.Concealment
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.Concealment} Concealment
             */
            Concealment.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.Concealment)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.Concealment: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.Concealment();
                if (object.method != null)
                    if (typeof object.method !== "string" || object.method.length)
                        message.method = $String(object.method);
                if (object.description != null)
                    message.description = $String(object.description);
                return message;
            };

            /**
             * Creates a plain object from a Concealment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.Concealment
             * @static
             * @param {cen.v1.Concealment} message Concealment
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Concealment.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.method = "";
                if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                    object.method = message.method;
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                return object;
            };

            /**
             * Converts this Concealment to JSON.
             * @function toJSON
             * @memberof cen.v1.Concealment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Concealment.prototype.toJSON = function() {
                return Concealment.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Concealment
             * @function getTypeUrl
             * @memberof cen.v1.Concealment
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Concealment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.Concealment";
            };

            return Concealment;
        })();

        v1.Route = (function() {

            /**
             * Properties of a Route.
             * @typedef {Object} cen.v1.Route.$Properties
             * @property {string|null} [origin] Route origin
             * @property {string|null} [departure] Route departure
             * @property {Array.<string>} [transit] Route transit
             * @property {string|null} [destination] Route destination
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Route.
             * @memberof cen.v1
             * @interface IRoute
             * @augments cen.v1.Route.$Properties
             * @deprecated Use cen.v1.Route.$Properties instead.
             */

            /**
             * Shape of a Route.
             * @typedef {cen.v1.Route.$Properties} cen.v1.Route.$Shape
             */

            /**
             * Constructs a new Route.
             * @memberof cen.v1
             * @classdesc Represents a Route.
             * @constructor
             * @param {cen.v1.Route.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Route = function (properties) {
                this.transit = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Route origin.
             * @member {string|null} origin
             * @memberof cen.v1.Route
             * @instance
             */
            Route.prototype.origin = null;

            /**
             * Route departure.
             * @member {string|null} departure
             * @memberof cen.v1.Route
             * @instance
             */
            Route.prototype.departure = null;

            /**
             * Route transit.
             * @member {Array.<string>} transit
             * @memberof cen.v1.Route
             * @instance
             */
            Route.prototype.transit = $util.emptyArray;

            /**
             * Route destination.
             * @member {string|null} destination
             * @memberof cen.v1.Route
             * @instance
             */
            Route.prototype.destination = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Route.prototype, "_origin", {
                get: $util.oneOfGetter($oneOfFields = ["origin"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Route.prototype, "_departure", {
                get: $util.oneOfGetter($oneOfFields = ["departure"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Route.prototype, "_destination", {
                get: $util.oneOfGetter($oneOfFields = ["destination"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Route instance using the specified properties.
             * @function create
             * @memberof cen.v1.Route
             * @static
             * @param {cen.v1.Route.$Properties=} [properties] Properties to set
             * @returns {cen.v1.Route} Route instance
             * @type {{
             *   (properties: cen.v1.Route.$Shape): cen.v1.Route & cen.v1.Route.$Shape;
             *   (properties?: cen.v1.Route.$Properties): cen.v1.Route;
             * }}
             */
            Route.create = function(properties) {
                return new Route(properties);
            };

            /**
             * Encodes the specified Route message. Does not implicitly {@link cen.v1.Route.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.Route
             * @static
             * @param {cen.v1.Route.$Properties} message Route message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Route.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.origin);
                if (message.departure != null && $Object.hasOwnProperty.call(message, "departure"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.departure);
                if (message.transit != null && message.transit.length)
                    for (let i = 0; i < message.transit.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.transit[i]);
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.destination);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Route message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.Route
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.Route & cen.v1.Route.$Shape} Route
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Route.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.Route();
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
                            message.origin = reader.stringVerify();
                            message._origin = "origin";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.departure = reader.stringVerify();
                            message._departure = "departure";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.transit && message.transit.length))
                                message.transit = [];
                            message.transit.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.destination = reader.stringVerify();
                            message._destination = "destination";
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
             * Verifies a Route message.
             * @function verify
             * @memberof cen.v1.Route
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Route.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin")) {
                    properties._origin = 1;
                    if (!$util.isString(message.origin))
                        return "origin: string expected";
                }
                if (message.departure != null && $Object.hasOwnProperty.call(message, "departure")) {
                    properties._departure = 1;
                    if (!$util.isString(message.departure))
                        return "departure: string expected";
                }
                if (message.transit != null && $Object.hasOwnProperty.call(message, "transit")) {
                    if (!$Array.isArray(message.transit))
                        return "transit: array expected";
                    for (let i = 0; i < message.transit.length; ++i)
                        if (!$util.isString(message.transit[i]))
                            return "transit: string[] expected";
                }
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination")) {
                    properties._destination = 1;
                    if (!$util.isString(message.destination))
                        return "destination: string expected";
                }
                return null;
            };

            /**
             * Creates a Route message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.Route
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.Route} Route
             */
            Route.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.Route)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.Route: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.Route();
                if (object.origin != null)
                    message.origin = $String(object.origin);
                if (object.departure != null)
                    message.departure = $String(object.departure);
                if (object.transit) {
                    if (!$Array.isArray(object.transit))
                        throw $TypeError(".cen.v1.Route.transit: array expected");
                    message.transit = $Array(object.transit.length);
                    for (let i = 0; i < object.transit.length; ++i)
                        message.transit[i] = $String(object.transit[i]);
                }
                if (object.destination != null)
                    message.destination = $String(object.destination);
                return message;
            };

            /**
             * Creates a plain object from a Route message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.Route
             * @static
             * @param {cen.v1.Route} message Route
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Route.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.transit = [];
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    object.origin = message.origin;
                if (message.departure != null && $Object.hasOwnProperty.call(message, "departure"))
                    object.departure = message.departure;
                if (message.transit && message.transit.length) {
                    object.transit = $Array(message.transit.length);
                    for (let j = 0; j < message.transit.length; ++j)
                        object.transit[j] = message.transit[j];
                }
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                    object.destination = message.destination;
                return object;
            };

            /**
             * Converts this Route to JSON.
             * @function toJSON
             * @memberof cen.v1.Route
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Route.prototype.toJSON = function() {
                return Route.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Route
             * @function getTypeUrl
             * @memberof cen.v1.Route
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Route.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.Route";
            };

            return Route;
        })();

        v1.Item = (function() {

            /**
             * Properties of an Item.
             * @typedef {Object} cen.v1.Item.$Properties
             * @property {string} [itrArea] Item itrArea
             * @property {string} [commodity] Item commodity
             * @property {string|null} [hsCode] Item hsCode
             * @property {string|null} [description] Item description
             * @property {number|null} [quantity] Item quantity
             * @property {string|null} [unit] Item unit
             * @property {number|null} [valueUsd] Item valueUsd
             * @property {string|null} [brand] Item brand
             * @property {string|null} [citesSpecies] Item citesSpecies
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Item.
             * @memberof cen.v1
             * @interface IItem
             * @augments cen.v1.Item.$Properties
             * @deprecated Use cen.v1.Item.$Properties instead.
             */

            /**
             * Shape of an Item.
             * @typedef {cen.v1.Item.$Properties} cen.v1.Item.$Shape
             */

            /**
             * Constructs a new Item.
             * @memberof cen.v1
             * @classdesc Represents an Item.
             * @constructor
             * @param {cen.v1.Item.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Item = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Item itrArea.
             * @member {string} itrArea
             * @memberof cen.v1.Item
             * @instance
             */
            Item.prototype.itrArea = "";

            /**
             * Item commodity.
             * @member {string} commodity
             * @memberof cen.v1.Item
             * @instance
             */
            Item.prototype.commodity = "";

            /**
             * Item hsCode.
             * @member {string|null} hsCode
             * @memberof cen.v1.Item
             * @instance
             */
            Item.prototype.hsCode = null;

            /**
             * Item description.
             * @member {string|null} description
             * @memberof cen.v1.Item
             * @instance
             */
            Item.prototype.description = null;

            /**
             * Item quantity.
             * @member {number|null} quantity
             * @memberof cen.v1.Item
             * @instance
             */
            Item.prototype.quantity = null;

            /**
             * Item unit.
             * @member {string|null} unit
             * @memberof cen.v1.Item
             * @instance
             */
            Item.prototype.unit = null;

            /**
             * Item valueUsd.
             * @member {number|null} valueUsd
             * @memberof cen.v1.Item
             * @instance
             */
            Item.prototype.valueUsd = null;

            /**
             * Item brand.
             * @member {string|null} brand
             * @memberof cen.v1.Item
             * @instance
             */
            Item.prototype.brand = null;

            /**
             * Item citesSpecies.
             * @member {string|null} citesSpecies
             * @memberof cen.v1.Item
             * @instance
             */
            Item.prototype.citesSpecies = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Item.prototype, "_hsCode", {
                get: $util.oneOfGetter($oneOfFields = ["hsCode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Item.prototype, "_description", {
                get: $util.oneOfGetter($oneOfFields = ["description"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Item.prototype, "_quantity", {
                get: $util.oneOfGetter($oneOfFields = ["quantity"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Item.prototype, "_unit", {
                get: $util.oneOfGetter($oneOfFields = ["unit"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Item.prototype, "_valueUsd", {
                get: $util.oneOfGetter($oneOfFields = ["valueUsd"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Item.prototype, "_brand", {
                get: $util.oneOfGetter($oneOfFields = ["brand"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Item.prototype, "_citesSpecies", {
                get: $util.oneOfGetter($oneOfFields = ["citesSpecies"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Item instance using the specified properties.
             * @function create
             * @memberof cen.v1.Item
             * @static
             * @param {cen.v1.Item.$Properties=} [properties] Properties to set
             * @returns {cen.v1.Item} Item instance
             * @type {{
             *   (properties: cen.v1.Item.$Shape): cen.v1.Item & cen.v1.Item.$Shape;
             *   (properties?: cen.v1.Item.$Properties): cen.v1.Item;
             * }}
             */
            Item.create = function(properties) {
                return new Item(properties);
            };

            /**
             * Encodes the specified Item message. Does not implicitly {@link cen.v1.Item.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.Item
             * @static
             * @param {cen.v1.Item.$Properties} message Item message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Item.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.itrArea != null && $Object.hasOwnProperty.call(message, "itrArea") && message.itrArea !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.itrArea);
                if (message.commodity != null && $Object.hasOwnProperty.call(message, "commodity") && message.commodity !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.commodity);
                if (message.hsCode != null && $Object.hasOwnProperty.call(message, "hsCode"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.hsCode);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity"))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.quantity);
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.unit);
                if (message.valueUsd != null && $Object.hasOwnProperty.call(message, "valueUsd"))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.valueUsd);
                if (message.brand != null && $Object.hasOwnProperty.call(message, "brand"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.brand);
                if (message.citesSpecies != null && $Object.hasOwnProperty.call(message, "citesSpecies"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.citesSpecies);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Item message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.Item
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.Item & cen.v1.Item.$Shape} Item
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Item.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.Item();
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
                                message.itrArea = value;
                            else
                                delete message.itrArea;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commodity = value;
                            else
                                delete message.commodity;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.hsCode = reader.stringVerify();
                            message._hsCode = "hsCode";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.description = reader.stringVerify();
                            message._description = "description";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            message.quantity = reader.double();
                            message._quantity = "quantity";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.unit = reader.stringVerify();
                            message._unit = "unit";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            message.valueUsd = reader.double();
                            message._valueUsd = "valueUsd";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.brand = reader.stringVerify();
                            message._brand = "brand";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.citesSpecies = reader.stringVerify();
                            message._citesSpecies = "citesSpecies";
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
             * Verifies an Item message.
             * @function verify
             * @memberof cen.v1.Item
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Item.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.itrArea != null && $Object.hasOwnProperty.call(message, "itrArea"))
                    if (!$util.isString(message.itrArea))
                        return "itrArea: string expected";
                if (message.commodity != null && $Object.hasOwnProperty.call(message, "commodity"))
                    if (!$util.isString(message.commodity))
                        return "commodity: string expected";
                if (message.hsCode != null && $Object.hasOwnProperty.call(message, "hsCode")) {
                    properties._hsCode = 1;
                    if (!$util.isString(message.hsCode))
                        return "hsCode: string expected";
                }
                if (message.description != null && $Object.hasOwnProperty.call(message, "description")) {
                    properties._description = 1;
                    if (!$util.isString(message.description))
                        return "description: string expected";
                }
                if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity")) {
                    properties._quantity = 1;
                    if (typeof message.quantity !== "number")
                        return "quantity: number expected";
                }
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit")) {
                    properties._unit = 1;
                    if (!$util.isString(message.unit))
                        return "unit: string expected";
                }
                if (message.valueUsd != null && $Object.hasOwnProperty.call(message, "valueUsd")) {
                    properties._valueUsd = 1;
                    if (typeof message.valueUsd !== "number")
                        return "valueUsd: number expected";
                }
                if (message.brand != null && $Object.hasOwnProperty.call(message, "brand")) {
                    properties._brand = 1;
                    if (!$util.isString(message.brand))
                        return "brand: string expected";
                }
                if (message.citesSpecies != null && $Object.hasOwnProperty.call(message, "citesSpecies")) {
                    properties._citesSpecies = 1;
                    if (!$util.isString(message.citesSpecies))
                        return "citesSpecies: string expected";
                }
                return null;
            };

            /**
             * Creates an Item message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.Item
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.Item} Item
             */
            Item.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.Item)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.Item: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.Item();
                if (object.itrArea != null)
                    if (typeof object.itrArea !== "string" || object.itrArea.length)
                        message.itrArea = $String(object.itrArea);
                if (object.commodity != null)
                    if (typeof object.commodity !== "string" || object.commodity.length)
                        message.commodity = $String(object.commodity);
                if (object.hsCode != null)
                    message.hsCode = $String(object.hsCode);
                if (object.description != null)
                    message.description = $String(object.description);
                if (object.quantity != null)
                    message.quantity = $Number(object.quantity);
                if (object.unit != null)
                    message.unit = $String(object.unit);
                if (object.valueUsd != null)
                    message.valueUsd = $Number(object.valueUsd);
                if (object.brand != null)
                    message.brand = $String(object.brand);
                if (object.citesSpecies != null)
                    message.citesSpecies = $String(object.citesSpecies);
                return message;
            };

            /**
             * Creates a plain object from an Item message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.Item
             * @static
             * @param {cen.v1.Item} message Item
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Item.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.itrArea = "";
                    object.commodity = "";
                }
                if (message.itrArea != null && $Object.hasOwnProperty.call(message, "itrArea"))
                    object.itrArea = message.itrArea;
                if (message.commodity != null && $Object.hasOwnProperty.call(message, "commodity"))
                    object.commodity = message.commodity;
                if (message.hsCode != null && $Object.hasOwnProperty.call(message, "hsCode"))
                    object.hsCode = message.hsCode;
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity"))
                    object.quantity = options.json && !$isFinite(message.quantity) ? $String(message.quantity) : message.quantity;
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    object.unit = message.unit;
                if (message.valueUsd != null && $Object.hasOwnProperty.call(message, "valueUsd"))
                    object.valueUsd = options.json && !$isFinite(message.valueUsd) ? $String(message.valueUsd) : message.valueUsd;
                if (message.brand != null && $Object.hasOwnProperty.call(message, "brand"))
                    object.brand = message.brand;
                if (message.citesSpecies != null && $Object.hasOwnProperty.call(message, "citesSpecies"))
                    object.citesSpecies = message.citesSpecies;
                return object;
            };

            /**
             * Converts this Item to JSON.
             * @function toJSON
             * @memberof cen.v1.Item
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Item.prototype.toJSON = function() {
                return Item.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Item
             * @function getTypeUrl
             * @memberof cen.v1.Item
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Item.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.Item";
            };

            return Item;
        })();

        v1.Offender = (function() {

            /**
             * Properties of an Offender.
             * @typedef {Object} cen.v1.Offender.$Properties
             * @property {string|null} [nationality] Offender nationality
             * @property {string|null} [gender] Offender gender
             * @property {string|null} [ageBand] Offender ageBand
             * @property {string|null} [role] Offender role
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Offender.
             * @memberof cen.v1
             * @interface IOffender
             * @augments cen.v1.Offender.$Properties
             * @deprecated Use cen.v1.Offender.$Properties instead.
             */

            /**
             * Shape of an Offender.
             * @typedef {cen.v1.Offender.$Properties} cen.v1.Offender.$Shape
             */

            /**
             * Constructs a new Offender.
             * @memberof cen.v1
             * @classdesc Represents an Offender.
             * @constructor
             * @param {cen.v1.Offender.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Offender = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Offender nationality.
             * @member {string|null} nationality
             * @memberof cen.v1.Offender
             * @instance
             */
            Offender.prototype.nationality = null;

            /**
             * Offender gender.
             * @member {string|null} gender
             * @memberof cen.v1.Offender
             * @instance
             */
            Offender.prototype.gender = null;

            /**
             * Offender ageBand.
             * @member {string|null} ageBand
             * @memberof cen.v1.Offender
             * @instance
             */
            Offender.prototype.ageBand = null;

            /**
             * Offender role.
             * @member {string|null} role
             * @memberof cen.v1.Offender
             * @instance
             */
            Offender.prototype.role = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Offender.prototype, "_nationality", {
                get: $util.oneOfGetter($oneOfFields = ["nationality"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Offender.prototype, "_gender", {
                get: $util.oneOfGetter($oneOfFields = ["gender"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Offender.prototype, "_ageBand", {
                get: $util.oneOfGetter($oneOfFields = ["ageBand"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Offender.prototype, "_role", {
                get: $util.oneOfGetter($oneOfFields = ["role"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Offender instance using the specified properties.
             * @function create
             * @memberof cen.v1.Offender
             * @static
             * @param {cen.v1.Offender.$Properties=} [properties] Properties to set
             * @returns {cen.v1.Offender} Offender instance
             * @type {{
             *   (properties: cen.v1.Offender.$Shape): cen.v1.Offender & cen.v1.Offender.$Shape;
             *   (properties?: cen.v1.Offender.$Properties): cen.v1.Offender;
             * }}
             */
            Offender.create = function(properties) {
                return new Offender(properties);
            };

            /**
             * Encodes the specified Offender message. Does not implicitly {@link cen.v1.Offender.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.Offender
             * @static
             * @param {cen.v1.Offender.$Properties} message Offender message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Offender.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nationality != null && $Object.hasOwnProperty.call(message, "nationality"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.nationality);
                if (message.gender != null && $Object.hasOwnProperty.call(message, "gender"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.gender);
                if (message.ageBand != null && $Object.hasOwnProperty.call(message, "ageBand"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.ageBand);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.role);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Offender message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.Offender
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.Offender & cen.v1.Offender.$Shape} Offender
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Offender.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.Offender();
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
                            message.nationality = reader.stringVerify();
                            message._nationality = "nationality";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.gender = reader.stringVerify();
                            message._gender = "gender";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.ageBand = reader.stringVerify();
                            message._ageBand = "ageBand";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.role = reader.stringVerify();
                            message._role = "role";
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
             * Verifies an Offender message.
             * @function verify
             * @memberof cen.v1.Offender
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Offender.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.nationality != null && $Object.hasOwnProperty.call(message, "nationality")) {
                    properties._nationality = 1;
                    if (!$util.isString(message.nationality))
                        return "nationality: string expected";
                }
                if (message.gender != null && $Object.hasOwnProperty.call(message, "gender")) {
                    properties._gender = 1;
                    if (!$util.isString(message.gender))
                        return "gender: string expected";
                }
                if (message.ageBand != null && $Object.hasOwnProperty.call(message, "ageBand")) {
                    properties._ageBand = 1;
                    if (!$util.isString(message.ageBand))
                        return "ageBand: string expected";
                }
                if (message.role != null && $Object.hasOwnProperty.call(message, "role")) {
                    properties._role = 1;
                    if (!$util.isString(message.role))
                        return "role: string expected";
                }
                return null;
            };

            /**
             * Creates an Offender message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.Offender
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.Offender} Offender
             */
            Offender.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.Offender)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.Offender: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.Offender();
                if (object.nationality != null)
                    message.nationality = $String(object.nationality);
                if (object.gender != null)
                    message.gender = $String(object.gender);
                if (object.ageBand != null)
                    message.ageBand = $String(object.ageBand);
                if (object.role != null)
                    message.role = $String(object.role);
                return message;
            };

            /**
             * Creates a plain object from an Offender message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.Offender
             * @static
             * @param {cen.v1.Offender} message Offender
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Offender.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.nationality != null && $Object.hasOwnProperty.call(message, "nationality"))
                    object.nationality = message.nationality;
                if (message.gender != null && $Object.hasOwnProperty.call(message, "gender"))
                    object.gender = message.gender;
                if (message.ageBand != null && $Object.hasOwnProperty.call(message, "ageBand"))
                    object.ageBand = message.ageBand;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                return object;
            };

            /**
             * Converts this Offender to JSON.
             * @function toJSON
             * @memberof cen.v1.Offender
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Offender.prototype.toJSON = function() {
                return Offender.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Offender
             * @function getTypeUrl
             * @memberof cen.v1.Offender
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Offender.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.Offender";
            };

            return Offender;
        })();

        v1.PersonLink = (function() {

            /**
             * Properties of a PersonLink.
             * @typedef {Object} cen.v1.PersonLink.$Properties
             * @property {string} [id] PersonLink id
             * @property {string} [role] PersonLink role
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PersonLink.
             * @memberof cen.v1
             * @interface IPersonLink
             * @augments cen.v1.PersonLink.$Properties
             * @deprecated Use cen.v1.PersonLink.$Properties instead.
             */

            /**
             * Shape of a PersonLink.
             * @typedef {cen.v1.PersonLink.$Properties} cen.v1.PersonLink.$Shape
             */

            /**
             * Constructs a new PersonLink.
             * @memberof cen.v1
             * @classdesc Represents a PersonLink.
             * @constructor
             * @param {cen.v1.PersonLink.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PersonLink = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PersonLink id.
             * @member {string} id
             * @memberof cen.v1.PersonLink
             * @instance
             */
            PersonLink.prototype.id = "";

            /**
             * PersonLink role.
             * @member {string} role
             * @memberof cen.v1.PersonLink
             * @instance
             */
            PersonLink.prototype.role = "";

            /**
             * Creates a new PersonLink instance using the specified properties.
             * @function create
             * @memberof cen.v1.PersonLink
             * @static
             * @param {cen.v1.PersonLink.$Properties=} [properties] Properties to set
             * @returns {cen.v1.PersonLink} PersonLink instance
             * @type {{
             *   (properties: cen.v1.PersonLink.$Shape): cen.v1.PersonLink & cen.v1.PersonLink.$Shape;
             *   (properties?: cen.v1.PersonLink.$Properties): cen.v1.PersonLink;
             * }}
             */
            PersonLink.create = function(properties) {
                return new PersonLink(properties);
            };

            /**
             * Encodes the specified PersonLink message. Does not implicitly {@link cen.v1.PersonLink.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.PersonLink
             * @static
             * @param {cen.v1.PersonLink.$Properties} message PersonLink message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PersonLink.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PersonLink message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.PersonLink
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.PersonLink & cen.v1.PersonLink.$Shape} PersonLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PersonLink.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.PersonLink();
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
             * Verifies a PersonLink message.
             * @function verify
             * @memberof cen.v1.PersonLink
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PersonLink.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (!$util.isString(message.role))
                        return "role: string expected";
                return null;
            };

            /**
             * Creates a PersonLink message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.PersonLink
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.PersonLink} PersonLink
             */
            PersonLink.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.PersonLink)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.PersonLink: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.PersonLink();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                return message;
            };

            /**
             * Creates a plain object from a PersonLink message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.PersonLink
             * @static
             * @param {cen.v1.PersonLink} message PersonLink
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PersonLink.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.role = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                return object;
            };

            /**
             * Converts this PersonLink to JSON.
             * @function toJSON
             * @memberof cen.v1.PersonLink
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PersonLink.prototype.toJSON = function() {
                return PersonLink.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PersonLink
             * @function getTypeUrl
             * @memberof cen.v1.PersonLink
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PersonLink.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.PersonLink";
            };

            return PersonLink;
        })();

        v1.BusinessLink = (function() {

            /**
             * Properties of a BusinessLink.
             * @typedef {Object} cen.v1.BusinessLink.$Properties
             * @property {string} [id] BusinessLink id
             * @property {string} [role] BusinessLink role
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BusinessLink.
             * @memberof cen.v1
             * @interface IBusinessLink
             * @augments cen.v1.BusinessLink.$Properties
             * @deprecated Use cen.v1.BusinessLink.$Properties instead.
             */

            /**
             * Shape of a BusinessLink.
             * @typedef {cen.v1.BusinessLink.$Properties} cen.v1.BusinessLink.$Shape
             */

            /**
             * Constructs a new BusinessLink.
             * @memberof cen.v1
             * @classdesc Represents a BusinessLink.
             * @constructor
             * @param {cen.v1.BusinessLink.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BusinessLink = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BusinessLink id.
             * @member {string} id
             * @memberof cen.v1.BusinessLink
             * @instance
             */
            BusinessLink.prototype.id = "";

            /**
             * BusinessLink role.
             * @member {string} role
             * @memberof cen.v1.BusinessLink
             * @instance
             */
            BusinessLink.prototype.role = "";

            /**
             * Creates a new BusinessLink instance using the specified properties.
             * @function create
             * @memberof cen.v1.BusinessLink
             * @static
             * @param {cen.v1.BusinessLink.$Properties=} [properties] Properties to set
             * @returns {cen.v1.BusinessLink} BusinessLink instance
             * @type {{
             *   (properties: cen.v1.BusinessLink.$Shape): cen.v1.BusinessLink & cen.v1.BusinessLink.$Shape;
             *   (properties?: cen.v1.BusinessLink.$Properties): cen.v1.BusinessLink;
             * }}
             */
            BusinessLink.create = function(properties) {
                return new BusinessLink(properties);
            };

            /**
             * Encodes the specified BusinessLink message. Does not implicitly {@link cen.v1.BusinessLink.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.BusinessLink
             * @static
             * @param {cen.v1.BusinessLink.$Properties} message BusinessLink message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BusinessLink.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BusinessLink message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.BusinessLink
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.BusinessLink & cen.v1.BusinessLink.$Shape} BusinessLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BusinessLink.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.BusinessLink();
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
             * Verifies a BusinessLink message.
             * @function verify
             * @memberof cen.v1.BusinessLink
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BusinessLink.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (!$util.isString(message.role))
                        return "role: string expected";
                return null;
            };

            /**
             * Creates a BusinessLink message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.BusinessLink
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.BusinessLink} BusinessLink
             */
            BusinessLink.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.BusinessLink)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.BusinessLink: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.BusinessLink();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                return message;
            };

            /**
             * Creates a plain object from a BusinessLink message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.BusinessLink
             * @static
             * @param {cen.v1.BusinessLink} message BusinessLink
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BusinessLink.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.role = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                return object;
            };

            /**
             * Converts this BusinessLink to JSON.
             * @function toJSON
             * @memberof cen.v1.BusinessLink
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BusinessLink.prototype.toJSON = function() {
                return BusinessLink.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BusinessLink
             * @function getTypeUrl
             * @memberof cen.v1.BusinessLink
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BusinessLink.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.BusinessLink";
            };

            return BusinessLink;
        })();

        v1.PhotoMeta = (function() {

            /**
             * Properties of a PhotoMeta.
             * @typedef {Object} cen.v1.PhotoMeta.$Properties
             * @property {string} [hash] PhotoMeta hash
             * @property {string} [mime] PhotoMeta mime
             * @property {string|null} [caption] PhotoMeta caption
             * @property {number|null} [width] PhotoMeta width
             * @property {number|null} [height] PhotoMeta height
             * @property {boolean|null} [shareWithWco] PhotoMeta shareWithWco
             * @property {string|null} [thumbHash] PhotoMeta thumbHash
             * @property {number|null} [bytes] PhotoMeta bytes
             * @property {cen.v1.PhotoGps.$Properties} [gps] PhotoMeta gps
             * @property {string|null} [phash] PhotoMeta phash
             * @property {string|null} [uploadedAt] PhotoMeta uploadedAt
             * @property {string|null} [uploadedBy] PhotoMeta uploadedBy
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PhotoMeta.
             * @memberof cen.v1
             * @interface IPhotoMeta
             * @augments cen.v1.PhotoMeta.$Properties
             * @deprecated Use cen.v1.PhotoMeta.$Properties instead.
             */

            /**
             * Shape of a PhotoMeta.
             * @typedef {cen.v1.PhotoMeta.$Properties} cen.v1.PhotoMeta.$Shape
             */

            /**
             * Constructs a new PhotoMeta.
             * @memberof cen.v1
             * @classdesc Represents a PhotoMeta.
             * @constructor
             * @param {cen.v1.PhotoMeta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PhotoMeta = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PhotoMeta hash.
             * @member {string} hash
             * @memberof cen.v1.PhotoMeta
             * @instance
             */
            PhotoMeta.prototype.hash = "";

            /**
             * PhotoMeta mime.
             * @member {string} mime
             * @memberof cen.v1.PhotoMeta
             * @instance
             */
            PhotoMeta.prototype.mime = "";

            /**
             * PhotoMeta caption.
             * @member {string|null} caption
             * @memberof cen.v1.PhotoMeta
             * @instance
             */
            PhotoMeta.prototype.caption = null;

            /**
             * PhotoMeta width.
             * @member {number|null} width
             * @memberof cen.v1.PhotoMeta
             * @instance
             */
            PhotoMeta.prototype.width = null;

            /**
             * PhotoMeta height.
             * @member {number|null} height
             * @memberof cen.v1.PhotoMeta
             * @instance
             */
            PhotoMeta.prototype.height = null;

            /**
             * PhotoMeta shareWithWco.
             * @member {boolean|null} shareWithWco
             * @memberof cen.v1.PhotoMeta
             * @instance
             */
            PhotoMeta.prototype.shareWithWco = null;

            /**
             * PhotoMeta thumbHash.
             * @member {string|null} thumbHash
             * @memberof cen.v1.PhotoMeta
             * @instance
             */
            PhotoMeta.prototype.thumbHash = null;

            /**
             * PhotoMeta bytes.
             * @member {number|null} bytes
             * @memberof cen.v1.PhotoMeta
             * @instance
             */
            PhotoMeta.prototype.bytes = null;

            /**
             * PhotoMeta gps.
             * @member {cen.v1.PhotoGps} gps
             * @memberof cen.v1.PhotoMeta
             * @instance
             */
            PhotoMeta.prototype.gps = null;

            /**
             * PhotoMeta phash.
             * @member {string|null} phash
             * @memberof cen.v1.PhotoMeta
             * @instance
             */
            PhotoMeta.prototype.phash = null;

            /**
             * PhotoMeta uploadedAt.
             * @member {string|null} uploadedAt
             * @memberof cen.v1.PhotoMeta
             * @instance
             */
            PhotoMeta.prototype.uploadedAt = null;

            /**
             * PhotoMeta uploadedBy.
             * @member {string|null} uploadedBy
             * @memberof cen.v1.PhotoMeta
             * @instance
             */
            PhotoMeta.prototype.uploadedBy = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PhotoMeta.prototype, "_caption", {
                get: $util.oneOfGetter($oneOfFields = ["caption"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PhotoMeta.prototype, "_width", {
                get: $util.oneOfGetter($oneOfFields = ["width"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PhotoMeta.prototype, "_height", {
                get: $util.oneOfGetter($oneOfFields = ["height"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PhotoMeta.prototype, "_shareWithWco", {
                get: $util.oneOfGetter($oneOfFields = ["shareWithWco"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PhotoMeta.prototype, "_thumbHash", {
                get: $util.oneOfGetter($oneOfFields = ["thumbHash"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PhotoMeta.prototype, "_bytes", {
                get: $util.oneOfGetter($oneOfFields = ["bytes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PhotoMeta.prototype, "_phash", {
                get: $util.oneOfGetter($oneOfFields = ["phash"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PhotoMeta.prototype, "_uploadedAt", {
                get: $util.oneOfGetter($oneOfFields = ["uploadedAt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PhotoMeta.prototype, "_uploadedBy", {
                get: $util.oneOfGetter($oneOfFields = ["uploadedBy"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PhotoMeta instance using the specified properties.
             * @function create
             * @memberof cen.v1.PhotoMeta
             * @static
             * @param {cen.v1.PhotoMeta.$Properties=} [properties] Properties to set
             * @returns {cen.v1.PhotoMeta} PhotoMeta instance
             * @type {{
             *   (properties: cen.v1.PhotoMeta.$Shape): cen.v1.PhotoMeta & cen.v1.PhotoMeta.$Shape;
             *   (properties?: cen.v1.PhotoMeta.$Properties): cen.v1.PhotoMeta;
             * }}
             */
            PhotoMeta.create = function(properties) {
                return new PhotoMeta(properties);
            };

            /**
             * Encodes the specified PhotoMeta message. Does not implicitly {@link cen.v1.PhotoMeta.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.PhotoMeta
             * @static
             * @param {cen.v1.PhotoMeta.$Properties} message PhotoMeta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PhotoMeta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hash);
                if (message.mime != null && $Object.hasOwnProperty.call(message, "mime") && message.mime !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.mime);
                if (message.caption != null && $Object.hasOwnProperty.call(message, "caption"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.caption);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.height);
                if (message.shareWithWco != null && $Object.hasOwnProperty.call(message, "shareWithWco"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.shareWithWco);
                if (message.thumbHash != null && $Object.hasOwnProperty.call(message, "thumbHash"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.thumbHash);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.bytes);
                if (message.gps != null && $Object.hasOwnProperty.call(message, "gps"))
                    $root.cen.v1.PhotoGps.encode(message.gps, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.phash != null && $Object.hasOwnProperty.call(message, "phash"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.phash);
                if (message.uploadedAt != null && $Object.hasOwnProperty.call(message, "uploadedAt"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.uploadedAt);
                if (message.uploadedBy != null && $Object.hasOwnProperty.call(message, "uploadedBy"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.uploadedBy);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PhotoMeta message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.PhotoMeta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.PhotoMeta & cen.v1.PhotoMeta.$Shape} PhotoMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PhotoMeta.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.PhotoMeta();
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
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mime = value;
                            else
                                delete message.mime;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.caption = reader.stringVerify();
                            message._caption = "caption";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.width = reader.uint32();
                            message._width = "width";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.height = reader.uint32();
                            message._height = "height";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.shareWithWco = reader.bool();
                            message._shareWithWco = "shareWithWco";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.thumbHash = reader.stringVerify();
                            message._thumbHash = "thumbHash";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.bytes = reader.uint32();
                            message._bytes = "bytes";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.gps = $root.cen.v1.PhotoGps.decode(reader, reader.size(), $undefined, _depth + 1, message.gps);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.phash = reader.stringVerify();
                            message._phash = "phash";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.uploadedAt = reader.stringVerify();
                            message._uploadedAt = "uploadedAt";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.uploadedBy = reader.stringVerify();
                            message._uploadedBy = "uploadedBy";
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
             * Verifies a PhotoMeta message.
             * @function verify
             * @memberof cen.v1.PhotoMeta
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PhotoMeta.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    if (!$util.isString(message.hash))
                        return "hash: string expected";
                if (message.mime != null && $Object.hasOwnProperty.call(message, "mime"))
                    if (!$util.isString(message.mime))
                        return "mime: string expected";
                if (message.caption != null && $Object.hasOwnProperty.call(message, "caption")) {
                    properties._caption = 1;
                    if (!$util.isString(message.caption))
                        return "caption: string expected";
                }
                if (message.width != null && $Object.hasOwnProperty.call(message, "width")) {
                    properties._width = 1;
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                    properties._height = 1;
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                }
                if (message.shareWithWco != null && $Object.hasOwnProperty.call(message, "shareWithWco")) {
                    properties._shareWithWco = 1;
                    if (typeof message.shareWithWco !== "boolean")
                        return "shareWithWco: boolean expected";
                }
                if (message.thumbHash != null && $Object.hasOwnProperty.call(message, "thumbHash")) {
                    properties._thumbHash = 1;
                    if (!$util.isString(message.thumbHash))
                        return "thumbHash: string expected";
                }
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes")) {
                    properties._bytes = 1;
                    if (!$util.isInteger(message.bytes))
                        return "bytes: integer expected";
                }
                if (message.gps != null && $Object.hasOwnProperty.call(message, "gps")) {
                    let error = $root.cen.v1.PhotoGps.verify(message.gps, _depth + 1);
                    if (error)
                        return "gps." + error;
                }
                if (message.phash != null && $Object.hasOwnProperty.call(message, "phash")) {
                    properties._phash = 1;
                    if (!$util.isString(message.phash))
                        return "phash: string expected";
                }
                if (message.uploadedAt != null && $Object.hasOwnProperty.call(message, "uploadedAt")) {
                    properties._uploadedAt = 1;
                    if (!$util.isString(message.uploadedAt))
                        return "uploadedAt: string expected";
                }
                if (message.uploadedBy != null && $Object.hasOwnProperty.call(message, "uploadedBy")) {
                    properties._uploadedBy = 1;
                    if (!$util.isString(message.uploadedBy))
                        return "uploadedBy: string expected";
                }
                return null;
            };

            /**
             * Creates a PhotoMeta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.PhotoMeta
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.PhotoMeta} PhotoMeta
             */
            PhotoMeta.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.PhotoMeta)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.PhotoMeta: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.PhotoMeta();
                if (object.hash != null)
                    if (typeof object.hash !== "string" || object.hash.length)
                        message.hash = $String(object.hash);
                if (object.mime != null)
                    if (typeof object.mime !== "string" || object.mime.length)
                        message.mime = $String(object.mime);
                if (object.caption != null)
                    message.caption = $String(object.caption);
                if (object.width != null)
                    message.width = object.width >>> 0;
                if (object.height != null)
                    message.height = object.height >>> 0;
                if (object.shareWithWco != null)
                    message.shareWithWco = $Boolean(object.shareWithWco);
                if (object.thumbHash != null)
                    message.thumbHash = $String(object.thumbHash);
                if (object.bytes != null)
                    message.bytes = object.bytes >>> 0;
                if (object.gps != null) {
                    if (!$util.isObject(object.gps))
                        throw $TypeError(".cen.v1.PhotoMeta.gps: object expected");
                    message.gps = $root.cen.v1.PhotoGps.fromObject(object.gps, _depth + 1);
                }
                if (object.phash != null)
                    message.phash = $String(object.phash);
                if (object.uploadedAt != null)
                    message.uploadedAt = $String(object.uploadedAt);
                if (object.uploadedBy != null)
                    message.uploadedBy = $String(object.uploadedBy);
                return message;
            };

            /**
             * Creates a plain object from a PhotoMeta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.PhotoMeta
             * @static
             * @param {cen.v1.PhotoMeta} message PhotoMeta
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PhotoMeta.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.hash = "";
                    object.mime = "";
                    object.gps = null;
                }
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = message.hash;
                if (message.mime != null && $Object.hasOwnProperty.call(message, "mime"))
                    object.mime = message.mime;
                if (message.caption != null && $Object.hasOwnProperty.call(message, "caption"))
                    object.caption = message.caption;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.shareWithWco != null && $Object.hasOwnProperty.call(message, "shareWithWco"))
                    object.shareWithWco = message.shareWithWco;
                if (message.thumbHash != null && $Object.hasOwnProperty.call(message, "thumbHash"))
                    object.thumbHash = message.thumbHash;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    object.bytes = message.bytes;
                if (message.gps != null && $Object.hasOwnProperty.call(message, "gps"))
                    object.gps = $root.cen.v1.PhotoGps.toObject(message.gps, options, _depth + 1);
                if (message.phash != null && $Object.hasOwnProperty.call(message, "phash"))
                    object.phash = message.phash;
                if (message.uploadedAt != null && $Object.hasOwnProperty.call(message, "uploadedAt"))
                    object.uploadedAt = message.uploadedAt;
                if (message.uploadedBy != null && $Object.hasOwnProperty.call(message, "uploadedBy"))
                    object.uploadedBy = message.uploadedBy;
                return object;
            };

            /**
             * Converts this PhotoMeta to JSON.
             * @function toJSON
             * @memberof cen.v1.PhotoMeta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PhotoMeta.prototype.toJSON = function() {
                return PhotoMeta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PhotoMeta
             * @function getTypeUrl
             * @memberof cen.v1.PhotoMeta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PhotoMeta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.PhotoMeta";
            };

            return PhotoMeta;
        })();

        v1.PhotoGps = (function() {

            /**
             * Properties of a PhotoGps.
             * @typedef {Object} cen.v1.PhotoGps.$Properties
             * @property {number} [lat] PhotoGps lat
             * @property {number} [lon] PhotoGps lon
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PhotoGps.
             * @memberof cen.v1
             * @interface IPhotoGps
             * @augments cen.v1.PhotoGps.$Properties
             * @deprecated Use cen.v1.PhotoGps.$Properties instead.
             */

            /**
             * Shape of a PhotoGps.
             * @typedef {cen.v1.PhotoGps.$Properties} cen.v1.PhotoGps.$Shape
             */

            /**
             * Constructs a new PhotoGps.
             * @memberof cen.v1
             * @classdesc Represents a PhotoGps.
             * @constructor
             * @param {cen.v1.PhotoGps.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PhotoGps = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PhotoGps lat.
             * @member {number} lat
             * @memberof cen.v1.PhotoGps
             * @instance
             */
            PhotoGps.prototype.lat = 0;

            /**
             * PhotoGps lon.
             * @member {number} lon
             * @memberof cen.v1.PhotoGps
             * @instance
             */
            PhotoGps.prototype.lon = 0;

            /**
             * Creates a new PhotoGps instance using the specified properties.
             * @function create
             * @memberof cen.v1.PhotoGps
             * @static
             * @param {cen.v1.PhotoGps.$Properties=} [properties] Properties to set
             * @returns {cen.v1.PhotoGps} PhotoGps instance
             * @type {{
             *   (properties: cen.v1.PhotoGps.$Shape): cen.v1.PhotoGps & cen.v1.PhotoGps.$Shape;
             *   (properties?: cen.v1.PhotoGps.$Properties): cen.v1.PhotoGps;
             * }}
             */
            PhotoGps.create = function(properties) {
                return new PhotoGps(properties);
            };

            /**
             * Encodes the specified PhotoGps message. Does not implicitly {@link cen.v1.PhotoGps.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.PhotoGps
             * @static
             * @param {cen.v1.PhotoGps.$Properties} message PhotoGps message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PhotoGps.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat") && !$Object.is(message.lat, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.lat);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon") && !$Object.is(message.lon, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.lon);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PhotoGps message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.PhotoGps
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.PhotoGps & cen.v1.PhotoGps.$Shape} PhotoGps
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PhotoGps.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.PhotoGps();
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
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lat = value;
                            else
                                delete message.lat;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lon = value;
                            else
                                delete message.lon;
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
             * Verifies a PhotoGps message.
             * @function verify
             * @memberof cen.v1.PhotoGps
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PhotoGps.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    if (typeof message.lat !== "number")
                        return "lat: number expected";
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    if (typeof message.lon !== "number")
                        return "lon: number expected";
                return null;
            };

            /**
             * Creates a PhotoGps message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.PhotoGps
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.PhotoGps} PhotoGps
             */
            PhotoGps.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.PhotoGps)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.PhotoGps: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.PhotoGps();
                if (object.lat != null)
                    if (!$Object.is($Number(object.lat), 0))
                        message.lat = $Number(object.lat);
                if (object.lon != null)
                    if (!$Object.is($Number(object.lon), 0))
                        message.lon = $Number(object.lon);
                return message;
            };

            /**
             * Creates a plain object from a PhotoGps message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.PhotoGps
             * @static
             * @param {cen.v1.PhotoGps} message PhotoGps
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PhotoGps.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.lat = 0;
                    object.lon = 0;
                }
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    object.lat = options.json && !$isFinite(message.lat) ? $String(message.lat) : message.lat;
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    object.lon = options.json && !$isFinite(message.lon) ? $String(message.lon) : message.lon;
                return object;
            };

            /**
             * Converts this PhotoGps to JSON.
             * @function toJSON
             * @memberof cen.v1.PhotoGps
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PhotoGps.prototype.toJSON = function() {
                return PhotoGps.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PhotoGps
             * @function getTypeUrl
             * @memberof cen.v1.PhotoGps
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PhotoGps.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.PhotoGps";
            };

            return PhotoGps;
        })();

        v1.Handling = (function() {

            /**
             * Properties of a Handling.
             * @typedef {Object} cen.v1.Handling.$Properties
             * @property {string} [code] Handling code
             * @property {string} [source] Handling source
             * @property {number} [reliability] Handling reliability
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Handling.
             * @memberof cen.v1
             * @interface IHandling
             * @augments cen.v1.Handling.$Properties
             * @deprecated Use cen.v1.Handling.$Properties instead.
             */

            /**
             * Shape of a Handling.
             * @typedef {cen.v1.Handling.$Properties} cen.v1.Handling.$Shape
             */

            /**
             * Constructs a new Handling.
             * @memberof cen.v1
             * @classdesc Represents a Handling.
             * @constructor
             * @param {cen.v1.Handling.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Handling = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Handling code.
             * @member {string} code
             * @memberof cen.v1.Handling
             * @instance
             */
            Handling.prototype.code = "";

            /**
             * Handling source.
             * @member {string} source
             * @memberof cen.v1.Handling
             * @instance
             */
            Handling.prototype.source = "";

            /**
             * Handling reliability.
             * @member {number} reliability
             * @memberof cen.v1.Handling
             * @instance
             */
            Handling.prototype.reliability = 0;

            /**
             * Creates a new Handling instance using the specified properties.
             * @function create
             * @memberof cen.v1.Handling
             * @static
             * @param {cen.v1.Handling.$Properties=} [properties] Properties to set
             * @returns {cen.v1.Handling} Handling instance
             * @type {{
             *   (properties: cen.v1.Handling.$Shape): cen.v1.Handling & cen.v1.Handling.$Shape;
             *   (properties?: cen.v1.Handling.$Properties): cen.v1.Handling;
             * }}
             */
            Handling.create = function(properties) {
                return new Handling(properties);
            };

            /**
             * Encodes the specified Handling message. Does not implicitly {@link cen.v1.Handling.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.Handling
             * @static
             * @param {cen.v1.Handling.$Properties} message Handling message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Handling.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.source);
                if (message.reliability != null && $Object.hasOwnProperty.call(message, "reliability") && message.reliability !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.reliability);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Handling message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.Handling
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.Handling & cen.v1.Handling.$Shape} Handling
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Handling.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.Handling();
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
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.reliability = value;
                            else
                                delete message.reliability;
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
             * Verifies a Handling message.
             * @function verify
             * @memberof cen.v1.Handling
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Handling.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.reliability != null && $Object.hasOwnProperty.call(message, "reliability"))
                    if (!$util.isInteger(message.reliability))
                        return "reliability: integer expected";
                return null;
            };

            /**
             * Creates a Handling message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.Handling
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.Handling} Handling
             */
            Handling.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.Handling)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.Handling: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.Handling();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.reliability != null)
                    if ($Number(object.reliability) !== 0)
                        message.reliability = object.reliability >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Handling message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.Handling
             * @static
             * @param {cen.v1.Handling} message Handling
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Handling.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.source = "";
                    object.reliability = 0;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.reliability != null && $Object.hasOwnProperty.call(message, "reliability"))
                    object.reliability = message.reliability;
                return object;
            };

            /**
             * Converts this Handling to JSON.
             * @function toJSON
             * @memberof cen.v1.Handling
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Handling.prototype.toJSON = function() {
                return Handling.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Handling
             * @function getTypeUrl
             * @memberof cen.v1.Handling
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Handling.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.Handling";
            };

            return Handling;
        })();

        v1.Provenance = (function() {

            /**
             * Properties of a Provenance.
             * @typedef {Object} cen.v1.Provenance.$Properties
             * @property {string} [nodeId] Provenance nodeId
             * @property {string} [country] Provenance country
             * @property {string} [agreementId] Provenance agreementId
             * @property {string} [receivedAt] Provenance receivedAt
             * @property {string} [manifest] Provenance manifest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Provenance.
             * @memberof cen.v1
             * @interface IProvenance
             * @augments cen.v1.Provenance.$Properties
             * @deprecated Use cen.v1.Provenance.$Properties instead.
             */

            /**
             * Shape of a Provenance.
             * @typedef {cen.v1.Provenance.$Properties} cen.v1.Provenance.$Shape
             */

            /**
             * Constructs a new Provenance.
             * @memberof cen.v1
             * @classdesc Represents a Provenance.
             * @constructor
             * @param {cen.v1.Provenance.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Provenance = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Provenance nodeId.
             * @member {string} nodeId
             * @memberof cen.v1.Provenance
             * @instance
             */
            Provenance.prototype.nodeId = "";

            /**
             * Provenance country.
             * @member {string} country
             * @memberof cen.v1.Provenance
             * @instance
             */
            Provenance.prototype.country = "";

            /**
             * Provenance agreementId.
             * @member {string} agreementId
             * @memberof cen.v1.Provenance
             * @instance
             */
            Provenance.prototype.agreementId = "";

            /**
             * Provenance receivedAt.
             * @member {string} receivedAt
             * @memberof cen.v1.Provenance
             * @instance
             */
            Provenance.prototype.receivedAt = "";

            /**
             * Provenance manifest.
             * @member {string} manifest
             * @memberof cen.v1.Provenance
             * @instance
             */
            Provenance.prototype.manifest = "";

            /**
             * Creates a new Provenance instance using the specified properties.
             * @function create
             * @memberof cen.v1.Provenance
             * @static
             * @param {cen.v1.Provenance.$Properties=} [properties] Properties to set
             * @returns {cen.v1.Provenance} Provenance instance
             * @type {{
             *   (properties: cen.v1.Provenance.$Shape): cen.v1.Provenance & cen.v1.Provenance.$Shape;
             *   (properties?: cen.v1.Provenance.$Properties): cen.v1.Provenance;
             * }}
             */
            Provenance.create = function(properties) {
                return new Provenance(properties);
            };

            /**
             * Encodes the specified Provenance message. Does not implicitly {@link cen.v1.Provenance.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.Provenance
             * @static
             * @param {cen.v1.Provenance.$Properties} message Provenance message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Provenance.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
                if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.country);
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId") && message.agreementId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.agreementId);
                if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt") && message.receivedAt !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.receivedAt);
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest") && message.manifest !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.manifest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Provenance message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.Provenance
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.Provenance & cen.v1.Provenance.$Shape} Provenance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Provenance.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.Provenance();
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
                                message.country = value;
                            else
                                delete message.country;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agreementId = value;
                            else
                                delete message.agreementId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.receivedAt = value;
                            else
                                delete message.receivedAt;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.manifest = value;
                            else
                                delete message.manifest;
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
             * Verifies a Provenance message.
             * @function verify
             * @memberof cen.v1.Provenance
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Provenance.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    if (!$util.isString(message.country))
                        return "country: string expected";
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                    if (!$util.isString(message.agreementId))
                        return "agreementId: string expected";
                if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt"))
                    if (!$util.isString(message.receivedAt))
                        return "receivedAt: string expected";
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    if (!$util.isString(message.manifest))
                        return "manifest: string expected";
                return null;
            };

            /**
             * Creates a Provenance message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.Provenance
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.Provenance} Provenance
             */
            Provenance.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.Provenance)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.Provenance: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.Provenance();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.country != null)
                    if (typeof object.country !== "string" || object.country.length)
                        message.country = $String(object.country);
                if (object.agreementId != null)
                    if (typeof object.agreementId !== "string" || object.agreementId.length)
                        message.agreementId = $String(object.agreementId);
                if (object.receivedAt != null)
                    if (typeof object.receivedAt !== "string" || object.receivedAt.length)
                        message.receivedAt = $String(object.receivedAt);
                if (object.manifest != null)
                    if (typeof object.manifest !== "string" || object.manifest.length)
                        message.manifest = $String(object.manifest);
                return message;
            };

            /**
             * Creates a plain object from a Provenance message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.Provenance
             * @static
             * @param {cen.v1.Provenance} message Provenance
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Provenance.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.nodeId = "";
                    object.country = "";
                    object.agreementId = "";
                    object.receivedAt = "";
                    object.manifest = "";
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    object.country = message.country;
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                    object.agreementId = message.agreementId;
                if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt"))
                    object.receivedAt = message.receivedAt;
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    object.manifest = message.manifest;
                return object;
            };

            /**
             * Converts this Provenance to JSON.
             * @function toJSON
             * @memberof cen.v1.Provenance
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Provenance.prototype.toJSON = function() {
                return Provenance.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Provenance
             * @function getTypeUrl
             * @memberof cen.v1.Provenance
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Provenance.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.Provenance";
            };

            return Provenance;
        })();

        v1.Case = (function() {

            /**
             * Properties of a Case.
             * @typedef {Object} cen.v1.Case.$Properties
             * @property {string} [id] Case id
             * @property {string|null} [ref] Case ref
             * @property {string} [kind] Case kind
             * @property {Array.<string>} [offenceTypes] Case offenceTypes
             * @property {string} [form] Case form
             * @property {string} [status] Case status
             * @property {string} [reportingCountry] Case reportingCountry
             * @property {string|null} [office] Case office
             * @property {string} [seizureDate] Case seizureDate
             * @property {string|null} [direction] Case direction
             * @property {cen.v1.Location.$Properties} [location] Case location
             * @property {cen.v1.Detection.$Properties} [detection] Case detection
             * @property {cen.v1.Conveyance.$Properties} [conveyance] Case conveyance
             * @property {cen.v1.Concealment.$Properties} [concealment] Case concealment
             * @property {cen.v1.Route.$Properties} [route] Case route
             * @property {Array.<cen.v1.Item.$Properties>} [items] Case items
             * @property {Array.<cen.v1.Offender.$Properties>} [offenders] Case offenders
             * @property {Array.<cen.v1.PersonLink.$Properties>} [persons] Case persons
             * @property {Array.<cen.v1.BusinessLink.$Properties>} [businesses] Case businesses
             * @property {string|null} [narrative] Case narrative
             * @property {Array.<cen.v1.PhotoMeta.$Properties>} [photos] Case photos
             * @property {Array.<string>} [tags] Case tags
             * @property {string|null} [operationId] Case operationId
             * @property {cen.v1.Handling.$Properties} [handling] Case handling
             * @property {cen.v1.Provenance.$Properties} [origin] Case origin
             * @property {number} [version] Case version
             * @property {string} [createdAt] Case createdAt
             * @property {string} [updatedAt] Case updatedAt
             * @property {string|null} [createdBy] Case createdBy
             * @property {string|null} [updatedBy] Case updatedBy
             * @property {string|null} [deletedAt] Case deletedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Case.
             * @memberof cen.v1
             * @interface ICase
             * @augments cen.v1.Case.$Properties
             * @deprecated Use cen.v1.Case.$Properties instead.
             */

            /**
             * Shape of a Case.
             * @typedef {cen.v1.Case.$Properties} cen.v1.Case.$Shape
             */

            /**
             * Constructs a new Case.
             * @memberof cen.v1
             * @classdesc Represents a Case.
             * @constructor
             * @param {cen.v1.Case.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Case = function (properties) {
                this.offenceTypes = [];
                this.items = [];
                this.offenders = [];
                this.persons = [];
                this.businesses = [];
                this.photos = [];
                this.tags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Case id.
             * @member {string} id
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.id = "";

            /**
             * Case ref.
             * @member {string|null} ref
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.ref = null;

            /**
             * Case kind.
             * @member {string} kind
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.kind = "";

            /**
             * Case offenceTypes.
             * @member {Array.<string>} offenceTypes
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.offenceTypes = $util.emptyArray;

            /**
             * Case form.
             * @member {string} form
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.form = "";

            /**
             * Case status.
             * @member {string} status
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.status = "";

            /**
             * Case reportingCountry.
             * @member {string} reportingCountry
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.reportingCountry = "";

            /**
             * Case office.
             * @member {string|null} office
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.office = null;

            /**
             * Case seizureDate.
             * @member {string} seizureDate
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.seizureDate = "";

            /**
             * Case direction.
             * @member {string|null} direction
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.direction = null;

            /**
             * Case location.
             * @member {cen.v1.Location} location
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.location = null;

            /**
             * Case detection.
             * @member {cen.v1.Detection} detection
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.detection = null;

            /**
             * Case conveyance.
             * @member {cen.v1.Conveyance} conveyance
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.conveyance = null;

            /**
             * Case concealment.
             * @member {cen.v1.Concealment} concealment
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.concealment = null;

            /**
             * Case route.
             * @member {cen.v1.Route} route
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.route = null;

            /**
             * Case items.
             * @member {Array.<cen.v1.Item>} items
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.items = $util.emptyArray;

            /**
             * Case offenders.
             * @member {Array.<cen.v1.Offender>} offenders
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.offenders = $util.emptyArray;

            /**
             * Case persons.
             * @member {Array.<cen.v1.PersonLink>} persons
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.persons = $util.emptyArray;

            /**
             * Case businesses.
             * @member {Array.<cen.v1.BusinessLink>} businesses
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.businesses = $util.emptyArray;

            /**
             * Case narrative.
             * @member {string|null} narrative
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.narrative = null;

            /**
             * Case photos.
             * @member {Array.<cen.v1.PhotoMeta>} photos
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.photos = $util.emptyArray;

            /**
             * Case tags.
             * @member {Array.<string>} tags
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.tags = $util.emptyArray;

            /**
             * Case operationId.
             * @member {string|null} operationId
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.operationId = null;

            /**
             * Case handling.
             * @member {cen.v1.Handling} handling
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.handling = null;

            /**
             * Case origin.
             * @member {cen.v1.Provenance} origin
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.origin = null;

            /**
             * Case version.
             * @member {number} version
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.version = 0;

            /**
             * Case createdAt.
             * @member {string} createdAt
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.createdAt = "";

            /**
             * Case updatedAt.
             * @member {string} updatedAt
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.updatedAt = "";

            /**
             * Case createdBy.
             * @member {string|null} createdBy
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.createdBy = null;

            /**
             * Case updatedBy.
             * @member {string|null} updatedBy
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.updatedBy = null;

            /**
             * Case deletedAt.
             * @member {string|null} deletedAt
             * @memberof cen.v1.Case
             * @instance
             */
            Case.prototype.deletedAt = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Case.prototype, "_ref", {
                get: $util.oneOfGetter($oneOfFields = ["ref"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Case.prototype, "_office", {
                get: $util.oneOfGetter($oneOfFields = ["office"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Case.prototype, "_direction", {
                get: $util.oneOfGetter($oneOfFields = ["direction"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Case.prototype, "_narrative", {
                get: $util.oneOfGetter($oneOfFields = ["narrative"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Case.prototype, "_operationId", {
                get: $util.oneOfGetter($oneOfFields = ["operationId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Case.prototype, "_createdBy", {
                get: $util.oneOfGetter($oneOfFields = ["createdBy"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Case.prototype, "_updatedBy", {
                get: $util.oneOfGetter($oneOfFields = ["updatedBy"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Case.prototype, "_deletedAt", {
                get: $util.oneOfGetter($oneOfFields = ["deletedAt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Case instance using the specified properties.
             * @function create
             * @memberof cen.v1.Case
             * @static
             * @param {cen.v1.Case.$Properties=} [properties] Properties to set
             * @returns {cen.v1.Case} Case instance
             * @type {{
             *   (properties: cen.v1.Case.$Shape): cen.v1.Case & cen.v1.Case.$Shape;
             *   (properties?: cen.v1.Case.$Properties): cen.v1.Case;
             * }}
             */
            Case.create = function(properties) {
                return new Case(properties);
            };

            /**
             * Encodes the specified Case message. Does not implicitly {@link cen.v1.Case.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.Case
             * @static
             * @param {cen.v1.Case.$Properties} message Case message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Case.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.ref);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.kind);
                if (message.offenceTypes != null && message.offenceTypes.length)
                    for (let i = 0; i < message.offenceTypes.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.offenceTypes[i]);
                if (message.form != null && $Object.hasOwnProperty.call(message, "form") && message.form !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.form);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.status);
                if (message.reportingCountry != null && $Object.hasOwnProperty.call(message, "reportingCountry") && message.reportingCountry !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.reportingCountry);
                if (message.office != null && $Object.hasOwnProperty.call(message, "office"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.office);
                if (message.seizureDate != null && $Object.hasOwnProperty.call(message, "seizureDate") && message.seizureDate !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.seizureDate);
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.direction);
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    $root.cen.v1.Location.encode(message.location, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.detection != null && $Object.hasOwnProperty.call(message, "detection"))
                    $root.cen.v1.Detection.encode(message.detection, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.conveyance != null && $Object.hasOwnProperty.call(message, "conveyance"))
                    $root.cen.v1.Conveyance.encode(message.conveyance, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.concealment != null && $Object.hasOwnProperty.call(message, "concealment"))
                    $root.cen.v1.Concealment.encode(message.concealment, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.route != null && $Object.hasOwnProperty.call(message, "route"))
                    $root.cen.v1.Route.encode(message.route, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.cen.v1.Item.encode(message.items[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.offenders != null && message.offenders.length)
                    for (let i = 0; i < message.offenders.length; ++i)
                        $root.cen.v1.Offender.encode(message.offenders[i], writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.persons != null && message.persons.length)
                    for (let i = 0; i < message.persons.length; ++i)
                        $root.cen.v1.PersonLink.encode(message.persons[i], writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.businesses != null && message.businesses.length)
                    for (let i = 0; i < message.businesses.length; ++i)
                        $root.cen.v1.BusinessLink.encode(message.businesses[i], writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.narrative != null && $Object.hasOwnProperty.call(message, "narrative"))
                    writer.uint32(/* id 20, wireType 2 =*/162).string(message.narrative);
                if (message.photos != null && message.photos.length)
                    for (let i = 0; i < message.photos.length; ++i)
                        $root.cen.v1.PhotoMeta.encode(message.photos[i], writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 22, wireType 2 =*/178).string(message.tags[i]);
                if (message.operationId != null && $Object.hasOwnProperty.call(message, "operationId"))
                    writer.uint32(/* id 23, wireType 2 =*/186).string(message.operationId);
                if (message.handling != null && $Object.hasOwnProperty.call(message, "handling"))
                    $root.cen.v1.Handling.encode(message.handling, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    $root.cen.v1.Provenance.encode(message.origin, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 100, wireType 0 =*/800).uint32(message.version);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && message.createdAt !== "")
                    writer.uint32(/* id 101, wireType 2 =*/810).string(message.createdAt);
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && message.updatedAt !== "")
                    writer.uint32(/* id 102, wireType 2 =*/818).string(message.updatedAt);
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy"))
                    writer.uint32(/* id 103, wireType 2 =*/826).string(message.createdBy);
                if (message.updatedBy != null && $Object.hasOwnProperty.call(message, "updatedBy"))
                    writer.uint32(/* id 104, wireType 2 =*/834).string(message.updatedBy);
                if (message.deletedAt != null && $Object.hasOwnProperty.call(message, "deletedAt"))
                    writer.uint32(/* id 105, wireType 2 =*/842).string(message.deletedAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Case message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.Case
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.Case & cen.v1.Case.$Shape} Case
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Case.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.Case();
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
                            message.ref = reader.stringVerify();
                            message._ref = "ref";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.offenceTypes && message.offenceTypes.length))
                                message.offenceTypes = [];
                            message.offenceTypes.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.form = value;
                            else
                                delete message.form;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reportingCountry = value;
                            else
                                delete message.reportingCountry;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.office = reader.stringVerify();
                            message._office = "office";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.seizureDate = value;
                            else
                                delete message.seizureDate;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.direction = reader.stringVerify();
                            message._direction = "direction";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.location = $root.cen.v1.Location.decode(reader, reader.size(), $undefined, _depth + 1, message.location);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.detection = $root.cen.v1.Detection.decode(reader, reader.size(), $undefined, _depth + 1, message.detection);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.conveyance = $root.cen.v1.Conveyance.decode(reader, reader.size(), $undefined, _depth + 1, message.conveyance);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.concealment = $root.cen.v1.Concealment.decode(reader, reader.size(), $undefined, _depth + 1, message.concealment);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.route = $root.cen.v1.Route.decode(reader, reader.size(), $undefined, _depth + 1, message.route);
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.cen.v1.Item.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if (!(message.offenders && message.offenders.length))
                                message.offenders = [];
                            message.offenders.push($root.cen.v1.Offender.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if (!(message.persons && message.persons.length))
                                message.persons = [];
                            message.persons.push($root.cen.v1.PersonLink.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if (!(message.businesses && message.businesses.length))
                                message.businesses = [];
                            message.businesses.push($root.cen.v1.BusinessLink.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.narrative = reader.stringVerify();
                            message._narrative = "narrative";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if (!(message.photos && message.photos.length))
                                message.photos = [];
                            message.photos.push($root.cen.v1.PhotoMeta.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.operationId = reader.stringVerify();
                            message._operationId = "operationId";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.handling = $root.cen.v1.Handling.decode(reader, reader.size(), $undefined, _depth + 1, message.handling);
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.origin = $root.cen.v1.Provenance.decode(reader, reader.size(), $undefined, _depth + 1, message.origin);
                            continue;
                        }
                    case 100: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 101: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 102: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.updatedAt = value;
                            else
                                delete message.updatedAt;
                            continue;
                        }
                    case 103: {
                            if (wireType !== 2)
                                break;
                            message.createdBy = reader.stringVerify();
                            message._createdBy = "createdBy";
                            continue;
                        }
                    case 104: {
                            if (wireType !== 2)
                                break;
                            message.updatedBy = reader.stringVerify();
                            message._updatedBy = "updatedBy";
                            continue;
                        }
                    case 105: {
                            if (wireType !== 2)
                                break;
                            message.deletedAt = reader.stringVerify();
                            message._deletedAt = "deletedAt";
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
             * Verifies a Case message.
             * @function verify
             * @memberof cen.v1.Case
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Case.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref")) {
                    properties._ref = 1;
                    if (!$util.isString(message.ref))
                        return "ref: string expected";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.offenceTypes != null && $Object.hasOwnProperty.call(message, "offenceTypes")) {
                    if (!$Array.isArray(message.offenceTypes))
                        return "offenceTypes: array expected";
                    for (let i = 0; i < message.offenceTypes.length; ++i)
                        if (!$util.isString(message.offenceTypes[i]))
                            return "offenceTypes: string[] expected";
                }
                if (message.form != null && $Object.hasOwnProperty.call(message, "form"))
                    if (!$util.isString(message.form))
                        return "form: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isString(message.status))
                        return "status: string expected";
                if (message.reportingCountry != null && $Object.hasOwnProperty.call(message, "reportingCountry"))
                    if (!$util.isString(message.reportingCountry))
                        return "reportingCountry: string expected";
                if (message.office != null && $Object.hasOwnProperty.call(message, "office")) {
                    properties._office = 1;
                    if (!$util.isString(message.office))
                        return "office: string expected";
                }
                if (message.seizureDate != null && $Object.hasOwnProperty.call(message, "seizureDate"))
                    if (!$util.isString(message.seizureDate))
                        return "seizureDate: string expected";
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction")) {
                    properties._direction = 1;
                    if (!$util.isString(message.direction))
                        return "direction: string expected";
                }
                if (message.location != null && $Object.hasOwnProperty.call(message, "location")) {
                    let error = $root.cen.v1.Location.verify(message.location, _depth + 1);
                    if (error)
                        return "location." + error;
                }
                if (message.detection != null && $Object.hasOwnProperty.call(message, "detection")) {
                    let error = $root.cen.v1.Detection.verify(message.detection, _depth + 1);
                    if (error)
                        return "detection." + error;
                }
                if (message.conveyance != null && $Object.hasOwnProperty.call(message, "conveyance")) {
                    let error = $root.cen.v1.Conveyance.verify(message.conveyance, _depth + 1);
                    if (error)
                        return "conveyance." + error;
                }
                if (message.concealment != null && $Object.hasOwnProperty.call(message, "concealment")) {
                    let error = $root.cen.v1.Concealment.verify(message.concealment, _depth + 1);
                    if (error)
                        return "concealment." + error;
                }
                if (message.route != null && $Object.hasOwnProperty.call(message, "route")) {
                    let error = $root.cen.v1.Route.verify(message.route, _depth + 1);
                    if (error)
                        return "route." + error;
                }
                if (message.items != null && $Object.hasOwnProperty.call(message, "items")) {
                    if (!$Array.isArray(message.items))
                        return "items: array expected";
                    for (let i = 0; i < message.items.length; ++i) {
                        let error = $root.cen.v1.Item.verify(message.items[i], _depth + 1);
                        if (error)
                            return "items." + error;
                    }
                }
                if (message.offenders != null && $Object.hasOwnProperty.call(message, "offenders")) {
                    if (!$Array.isArray(message.offenders))
                        return "offenders: array expected";
                    for (let i = 0; i < message.offenders.length; ++i) {
                        let error = $root.cen.v1.Offender.verify(message.offenders[i], _depth + 1);
                        if (error)
                            return "offenders." + error;
                    }
                }
                if (message.persons != null && $Object.hasOwnProperty.call(message, "persons")) {
                    if (!$Array.isArray(message.persons))
                        return "persons: array expected";
                    for (let i = 0; i < message.persons.length; ++i) {
                        let error = $root.cen.v1.PersonLink.verify(message.persons[i], _depth + 1);
                        if (error)
                            return "persons." + error;
                    }
                }
                if (message.businesses != null && $Object.hasOwnProperty.call(message, "businesses")) {
                    if (!$Array.isArray(message.businesses))
                        return "businesses: array expected";
                    for (let i = 0; i < message.businesses.length; ++i) {
                        let error = $root.cen.v1.BusinessLink.verify(message.businesses[i], _depth + 1);
                        if (error)
                            return "businesses." + error;
                    }
                }
                if (message.narrative != null && $Object.hasOwnProperty.call(message, "narrative")) {
                    properties._narrative = 1;
                    if (!$util.isString(message.narrative))
                        return "narrative: string expected";
                }
                if (message.photos != null && $Object.hasOwnProperty.call(message, "photos")) {
                    if (!$Array.isArray(message.photos))
                        return "photos: array expected";
                    for (let i = 0; i < message.photos.length; ++i) {
                        let error = $root.cen.v1.PhotoMeta.verify(message.photos[i], _depth + 1);
                        if (error)
                            return "photos." + error;
                    }
                }
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                if (message.operationId != null && $Object.hasOwnProperty.call(message, "operationId")) {
                    properties._operationId = 1;
                    if (!$util.isString(message.operationId))
                        return "operationId: string expected";
                }
                if (message.handling != null && $Object.hasOwnProperty.call(message, "handling")) {
                    let error = $root.cen.v1.Handling.verify(message.handling, _depth + 1);
                    if (error)
                        return "handling." + error;
                }
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin")) {
                    let error = $root.cen.v1.Provenance.verify(message.origin, _depth + 1);
                    if (error)
                        return "origin." + error;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (!$util.isString(message.createdAt))
                        return "createdAt: string expected";
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                    if (!$util.isString(message.updatedAt))
                        return "updatedAt: string expected";
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy")) {
                    properties._createdBy = 1;
                    if (!$util.isString(message.createdBy))
                        return "createdBy: string expected";
                }
                if (message.updatedBy != null && $Object.hasOwnProperty.call(message, "updatedBy")) {
                    properties._updatedBy = 1;
                    if (!$util.isString(message.updatedBy))
                        return "updatedBy: string expected";
                }
                if (message.deletedAt != null && $Object.hasOwnProperty.call(message, "deletedAt")) {
                    properties._deletedAt = 1;
                    if (!$util.isString(message.deletedAt))
                        return "deletedAt: string expected";
                }
                return null;
            };

            /**
             * Creates a Case message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.Case
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.Case} Case
             */
            Case.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.Case)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.Case: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.Case();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.ref != null)
                    message.ref = $String(object.ref);
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.offenceTypes) {
                    if (!$Array.isArray(object.offenceTypes))
                        throw $TypeError(".cen.v1.Case.offenceTypes: array expected");
                    message.offenceTypes = $Array(object.offenceTypes.length);
                    for (let i = 0; i < object.offenceTypes.length; ++i)
                        message.offenceTypes[i] = $String(object.offenceTypes[i]);
                }
                if (object.form != null)
                    if (typeof object.form !== "string" || object.form.length)
                        message.form = $String(object.form);
                if (object.status != null)
                    if (typeof object.status !== "string" || object.status.length)
                        message.status = $String(object.status);
                if (object.reportingCountry != null)
                    if (typeof object.reportingCountry !== "string" || object.reportingCountry.length)
                        message.reportingCountry = $String(object.reportingCountry);
                if (object.office != null)
                    message.office = $String(object.office);
                if (object.seizureDate != null)
                    if (typeof object.seizureDate !== "string" || object.seizureDate.length)
                        message.seizureDate = $String(object.seizureDate);
                if (object.direction != null)
                    message.direction = $String(object.direction);
                if (object.location != null) {
                    if (!$util.isObject(object.location))
                        throw $TypeError(".cen.v1.Case.location: object expected");
                    message.location = $root.cen.v1.Location.fromObject(object.location, _depth + 1);
                }
                if (object.detection != null) {
                    if (!$util.isObject(object.detection))
                        throw $TypeError(".cen.v1.Case.detection: object expected");
                    message.detection = $root.cen.v1.Detection.fromObject(object.detection, _depth + 1);
                }
                if (object.conveyance != null) {
                    if (!$util.isObject(object.conveyance))
                        throw $TypeError(".cen.v1.Case.conveyance: object expected");
                    message.conveyance = $root.cen.v1.Conveyance.fromObject(object.conveyance, _depth + 1);
                }
                if (object.concealment != null) {
                    if (!$util.isObject(object.concealment))
                        throw $TypeError(".cen.v1.Case.concealment: object expected");
                    message.concealment = $root.cen.v1.Concealment.fromObject(object.concealment, _depth + 1);
                }
                if (object.route != null) {
                    if (!$util.isObject(object.route))
                        throw $TypeError(".cen.v1.Case.route: object expected");
                    message.route = $root.cen.v1.Route.fromObject(object.route, _depth + 1);
                }
                if (object.items) {
                    if (!$Array.isArray(object.items))
                        throw $TypeError(".cen.v1.Case.items: array expected");
                    message.items = $Array(object.items.length);
                    for (let i = 0; i < object.items.length; ++i) {
                        if (!$util.isObject(object.items[i]))
                            throw $TypeError(".cen.v1.Case.items: object expected");
                        message.items[i] = $root.cen.v1.Item.fromObject(object.items[i], _depth + 1);
                    }
                }
                if (object.offenders) {
                    if (!$Array.isArray(object.offenders))
                        throw $TypeError(".cen.v1.Case.offenders: array expected");
                    message.offenders = $Array(object.offenders.length);
                    for (let i = 0; i < object.offenders.length; ++i) {
                        if (!$util.isObject(object.offenders[i]))
                            throw $TypeError(".cen.v1.Case.offenders: object expected");
                        message.offenders[i] = $root.cen.v1.Offender.fromObject(object.offenders[i], _depth + 1);
                    }
                }
                if (object.persons) {
                    if (!$Array.isArray(object.persons))
                        throw $TypeError(".cen.v1.Case.persons: array expected");
                    message.persons = $Array(object.persons.length);
                    for (let i = 0; i < object.persons.length; ++i) {
                        if (!$util.isObject(object.persons[i]))
                            throw $TypeError(".cen.v1.Case.persons: object expected");
                        message.persons[i] = $root.cen.v1.PersonLink.fromObject(object.persons[i], _depth + 1);
                    }
                }
                if (object.businesses) {
                    if (!$Array.isArray(object.businesses))
                        throw $TypeError(".cen.v1.Case.businesses: array expected");
                    message.businesses = $Array(object.businesses.length);
                    for (let i = 0; i < object.businesses.length; ++i) {
                        if (!$util.isObject(object.businesses[i]))
                            throw $TypeError(".cen.v1.Case.businesses: object expected");
                        message.businesses[i] = $root.cen.v1.BusinessLink.fromObject(object.businesses[i], _depth + 1);
                    }
                }
                if (object.narrative != null)
                    message.narrative = $String(object.narrative);
                if (object.photos) {
                    if (!$Array.isArray(object.photos))
                        throw $TypeError(".cen.v1.Case.photos: array expected");
                    message.photos = $Array(object.photos.length);
                    for (let i = 0; i < object.photos.length; ++i) {
                        if (!$util.isObject(object.photos[i]))
                            throw $TypeError(".cen.v1.Case.photos: object expected");
                        message.photos[i] = $root.cen.v1.PhotoMeta.fromObject(object.photos[i], _depth + 1);
                    }
                }
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".cen.v1.Case.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = $String(object.tags[i]);
                }
                if (object.operationId != null)
                    message.operationId = $String(object.operationId);
                if (object.handling != null) {
                    if (!$util.isObject(object.handling))
                        throw $TypeError(".cen.v1.Case.handling: object expected");
                    message.handling = $root.cen.v1.Handling.fromObject(object.handling, _depth + 1);
                }
                if (object.origin != null) {
                    if (!$util.isObject(object.origin))
                        throw $TypeError(".cen.v1.Case.origin: object expected");
                    message.origin = $root.cen.v1.Provenance.fromObject(object.origin, _depth + 1);
                }
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.createdAt != null)
                    if (typeof object.createdAt !== "string" || object.createdAt.length)
                        message.createdAt = $String(object.createdAt);
                if (object.updatedAt != null)
                    if (typeof object.updatedAt !== "string" || object.updatedAt.length)
                        message.updatedAt = $String(object.updatedAt);
                if (object.createdBy != null)
                    message.createdBy = $String(object.createdBy);
                if (object.updatedBy != null)
                    message.updatedBy = $String(object.updatedBy);
                if (object.deletedAt != null)
                    message.deletedAt = $String(object.deletedAt);
                return message;
            };

            /**
             * Creates a plain object from a Case message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.Case
             * @static
             * @param {cen.v1.Case} message Case
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Case.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.offenceTypes = [];
                    object.items = [];
                    object.offenders = [];
                    object.persons = [];
                    object.businesses = [];
                    object.photos = [];
                    object.tags = [];
                }
                if (options.defaults) {
                    object.id = "";
                    object.kind = "";
                    object.form = "";
                    object.status = "";
                    object.reportingCountry = "";
                    object.seizureDate = "";
                    object.location = null;
                    object.detection = null;
                    object.conveyance = null;
                    object.concealment = null;
                    object.route = null;
                    object.handling = null;
                    object.origin = null;
                    object.version = 0;
                    object.createdAt = "";
                    object.updatedAt = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    object.ref = message.ref;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.offenceTypes && message.offenceTypes.length) {
                    object.offenceTypes = $Array(message.offenceTypes.length);
                    for (let j = 0; j < message.offenceTypes.length; ++j)
                        object.offenceTypes[j] = message.offenceTypes[j];
                }
                if (message.form != null && $Object.hasOwnProperty.call(message, "form"))
                    object.form = message.form;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.reportingCountry != null && $Object.hasOwnProperty.call(message, "reportingCountry"))
                    object.reportingCountry = message.reportingCountry;
                if (message.office != null && $Object.hasOwnProperty.call(message, "office"))
                    object.office = message.office;
                if (message.seizureDate != null && $Object.hasOwnProperty.call(message, "seizureDate"))
                    object.seizureDate = message.seizureDate;
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    object.direction = message.direction;
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    object.location = $root.cen.v1.Location.toObject(message.location, options, _depth + 1);
                if (message.detection != null && $Object.hasOwnProperty.call(message, "detection"))
                    object.detection = $root.cen.v1.Detection.toObject(message.detection, options, _depth + 1);
                if (message.conveyance != null && $Object.hasOwnProperty.call(message, "conveyance"))
                    object.conveyance = $root.cen.v1.Conveyance.toObject(message.conveyance, options, _depth + 1);
                if (message.concealment != null && $Object.hasOwnProperty.call(message, "concealment"))
                    object.concealment = $root.cen.v1.Concealment.toObject(message.concealment, options, _depth + 1);
                if (message.route != null && $Object.hasOwnProperty.call(message, "route"))
                    object.route = $root.cen.v1.Route.toObject(message.route, options, _depth + 1);
                if (message.items && message.items.length) {
                    object.items = $Array(message.items.length);
                    for (let j = 0; j < message.items.length; ++j)
                        object.items[j] = $root.cen.v1.Item.toObject(message.items[j], options, _depth + 1);
                }
                if (message.offenders && message.offenders.length) {
                    object.offenders = $Array(message.offenders.length);
                    for (let j = 0; j < message.offenders.length; ++j)
                        object.offenders[j] = $root.cen.v1.Offender.toObject(message.offenders[j], options, _depth + 1);
                }
                if (message.persons && message.persons.length) {
                    object.persons = $Array(message.persons.length);
                    for (let j = 0; j < message.persons.length; ++j)
                        object.persons[j] = $root.cen.v1.PersonLink.toObject(message.persons[j], options, _depth + 1);
                }
                if (message.businesses && message.businesses.length) {
                    object.businesses = $Array(message.businesses.length);
                    for (let j = 0; j < message.businesses.length; ++j)
                        object.businesses[j] = $root.cen.v1.BusinessLink.toObject(message.businesses[j], options, _depth + 1);
                }
                if (message.narrative != null && $Object.hasOwnProperty.call(message, "narrative"))
                    object.narrative = message.narrative;
                if (message.photos && message.photos.length) {
                    object.photos = $Array(message.photos.length);
                    for (let j = 0; j < message.photos.length; ++j)
                        object.photos[j] = $root.cen.v1.PhotoMeta.toObject(message.photos[j], options, _depth + 1);
                }
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                if (message.operationId != null && $Object.hasOwnProperty.call(message, "operationId"))
                    object.operationId = message.operationId;
                if (message.handling != null && $Object.hasOwnProperty.call(message, "handling"))
                    object.handling = $root.cen.v1.Handling.toObject(message.handling, options, _depth + 1);
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    object.origin = $root.cen.v1.Provenance.toObject(message.origin, options, _depth + 1);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    object.createdAt = message.createdAt;
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                    object.updatedAt = message.updatedAt;
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy"))
                    object.createdBy = message.createdBy;
                if (message.updatedBy != null && $Object.hasOwnProperty.call(message, "updatedBy"))
                    object.updatedBy = message.updatedBy;
                if (message.deletedAt != null && $Object.hasOwnProperty.call(message, "deletedAt"))
                    object.deletedAt = message.deletedAt;
                return object;
            };

            /**
             * Converts this Case to JSON.
             * @function toJSON
             * @memberof cen.v1.Case
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Case.prototype.toJSON = function() {
                return Case.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Case
             * @function getTypeUrl
             * @memberof cen.v1.Case
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Case.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.Case";
            };

            return Case;
        })();

        v1.IdentityDocument = (function() {

            /**
             * Properties of an IdentityDocument.
             * @typedef {Object} cen.v1.IdentityDocument.$Properties
             * @property {string} [type] IdentityDocument type
             * @property {string} [number] IdentityDocument number
             * @property {string|null} [country] IdentityDocument country
             * @property {string|null} [expires] IdentityDocument expires
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IdentityDocument.
             * @memberof cen.v1
             * @interface IIdentityDocument
             * @augments cen.v1.IdentityDocument.$Properties
             * @deprecated Use cen.v1.IdentityDocument.$Properties instead.
             */

            /**
             * Shape of an IdentityDocument.
             * @typedef {cen.v1.IdentityDocument.$Properties} cen.v1.IdentityDocument.$Shape
             */

            /**
             * Constructs a new IdentityDocument.
             * @memberof cen.v1
             * @classdesc Represents an IdentityDocument.
             * @constructor
             * @param {cen.v1.IdentityDocument.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IdentityDocument = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IdentityDocument type.
             * @member {string} type
             * @memberof cen.v1.IdentityDocument
             * @instance
             */
            IdentityDocument.prototype.type = "";

            /**
             * IdentityDocument number.
             * @member {string} number
             * @memberof cen.v1.IdentityDocument
             * @instance
             */
            IdentityDocument.prototype.number = "";

            /**
             * IdentityDocument country.
             * @member {string|null} country
             * @memberof cen.v1.IdentityDocument
             * @instance
             */
            IdentityDocument.prototype.country = null;

            /**
             * IdentityDocument expires.
             * @member {string|null} expires
             * @memberof cen.v1.IdentityDocument
             * @instance
             */
            IdentityDocument.prototype.expires = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IdentityDocument.prototype, "_country", {
                get: $util.oneOfGetter($oneOfFields = ["country"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IdentityDocument.prototype, "_expires", {
                get: $util.oneOfGetter($oneOfFields = ["expires"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new IdentityDocument instance using the specified properties.
             * @function create
             * @memberof cen.v1.IdentityDocument
             * @static
             * @param {cen.v1.IdentityDocument.$Properties=} [properties] Properties to set
             * @returns {cen.v1.IdentityDocument} IdentityDocument instance
             * @type {{
             *   (properties: cen.v1.IdentityDocument.$Shape): cen.v1.IdentityDocument & cen.v1.IdentityDocument.$Shape;
             *   (properties?: cen.v1.IdentityDocument.$Properties): cen.v1.IdentityDocument;
             * }}
             */
            IdentityDocument.create = function(properties) {
                return new IdentityDocument(properties);
            };

            /**
             * Encodes the specified IdentityDocument message. Does not implicitly {@link cen.v1.IdentityDocument.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.IdentityDocument
             * @static
             * @param {cen.v1.IdentityDocument.$Properties} message IdentityDocument message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IdentityDocument.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.number != null && $Object.hasOwnProperty.call(message, "number") && message.number !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.number);
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.country);
                if (message.expires != null && $Object.hasOwnProperty.call(message, "expires"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.expires);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IdentityDocument message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.IdentityDocument
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.IdentityDocument & cen.v1.IdentityDocument.$Shape} IdentityDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IdentityDocument.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.IdentityDocument();
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
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.number = value;
                            else
                                delete message.number;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.country = reader.stringVerify();
                            message._country = "country";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.expires = reader.stringVerify();
                            message._expires = "expires";
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
             * Verifies an IdentityDocument message.
             * @function verify
             * @memberof cen.v1.IdentityDocument
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IdentityDocument.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    if (!$util.isString(message.number))
                        return "number: string expected";
                if (message.country != null && $Object.hasOwnProperty.call(message, "country")) {
                    properties._country = 1;
                    if (!$util.isString(message.country))
                        return "country: string expected";
                }
                if (message.expires != null && $Object.hasOwnProperty.call(message, "expires")) {
                    properties._expires = 1;
                    if (!$util.isString(message.expires))
                        return "expires: string expected";
                }
                return null;
            };

            /**
             * Creates an IdentityDocument message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.IdentityDocument
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.IdentityDocument} IdentityDocument
             */
            IdentityDocument.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.IdentityDocument)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.IdentityDocument: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.IdentityDocument();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.number != null)
                    if (typeof object.number !== "string" || object.number.length)
                        message.number = $String(object.number);
                if (object.country != null)
                    message.country = $String(object.country);
                if (object.expires != null)
                    message.expires = $String(object.expires);
                return message;
            };

            /**
             * Creates a plain object from an IdentityDocument message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.IdentityDocument
             * @static
             * @param {cen.v1.IdentityDocument} message IdentityDocument
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IdentityDocument.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = "";
                    object.number = "";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    object.number = message.number;
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    object.country = message.country;
                if (message.expires != null && $Object.hasOwnProperty.call(message, "expires"))
                    object.expires = message.expires;
                return object;
            };

            /**
             * Converts this IdentityDocument to JSON.
             * @function toJSON
             * @memberof cen.v1.IdentityDocument
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IdentityDocument.prototype.toJSON = function() {
                return IdentityDocument.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IdentityDocument
             * @function getTypeUrl
             * @memberof cen.v1.IdentityDocument
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IdentityDocument.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.IdentityDocument";
            };

            return IdentityDocument;
        })();

        v1.Address = (function() {

            /**
             * Properties of an Address.
             * @typedef {Object} cen.v1.Address.$Properties
             * @property {string|null} [line] Address line
             * @property {string|null} [city] Address city
             * @property {string|null} [postcode] Address postcode
             * @property {string|null} [country] Address country
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Address.
             * @memberof cen.v1
             * @interface IAddress
             * @augments cen.v1.Address.$Properties
             * @deprecated Use cen.v1.Address.$Properties instead.
             */

            /**
             * Shape of an Address.
             * @typedef {cen.v1.Address.$Properties} cen.v1.Address.$Shape
             */

            /**
             * Constructs a new Address.
             * @memberof cen.v1
             * @classdesc Represents an Address.
             * @constructor
             * @param {cen.v1.Address.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Address = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Address line.
             * @member {string|null} line
             * @memberof cen.v1.Address
             * @instance
             */
            Address.prototype.line = null;

            /**
             * Address city.
             * @member {string|null} city
             * @memberof cen.v1.Address
             * @instance
             */
            Address.prototype.city = null;

            /**
             * Address postcode.
             * @member {string|null} postcode
             * @memberof cen.v1.Address
             * @instance
             */
            Address.prototype.postcode = null;

            /**
             * Address country.
             * @member {string|null} country
             * @memberof cen.v1.Address
             * @instance
             */
            Address.prototype.country = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Address.prototype, "_line", {
                get: $util.oneOfGetter($oneOfFields = ["line"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Address.prototype, "_city", {
                get: $util.oneOfGetter($oneOfFields = ["city"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Address.prototype, "_postcode", {
                get: $util.oneOfGetter($oneOfFields = ["postcode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Address.prototype, "_country", {
                get: $util.oneOfGetter($oneOfFields = ["country"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Address instance using the specified properties.
             * @function create
             * @memberof cen.v1.Address
             * @static
             * @param {cen.v1.Address.$Properties=} [properties] Properties to set
             * @returns {cen.v1.Address} Address instance
             * @type {{
             *   (properties: cen.v1.Address.$Shape): cen.v1.Address & cen.v1.Address.$Shape;
             *   (properties?: cen.v1.Address.$Properties): cen.v1.Address;
             * }}
             */
            Address.create = function(properties) {
                return new Address(properties);
            };

            /**
             * Encodes the specified Address message. Does not implicitly {@link cen.v1.Address.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.Address
             * @static
             * @param {cen.v1.Address.$Properties} message Address message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Address.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.line != null && $Object.hasOwnProperty.call(message, "line"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.line);
                if (message.city != null && $Object.hasOwnProperty.call(message, "city"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.city);
                if (message.postcode != null && $Object.hasOwnProperty.call(message, "postcode"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.postcode);
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.country);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Address message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.Address
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.Address & cen.v1.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Address.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.Address();
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
                            message.line = reader.stringVerify();
                            message._line = "line";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.city = reader.stringVerify();
                            message._city = "city";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.postcode = reader.stringVerify();
                            message._postcode = "postcode";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.country = reader.stringVerify();
                            message._country = "country";
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
             * Verifies an Address message.
             * @function verify
             * @memberof cen.v1.Address
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Address.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.line != null && $Object.hasOwnProperty.call(message, "line")) {
                    properties._line = 1;
                    if (!$util.isString(message.line))
                        return "line: string expected";
                }
                if (message.city != null && $Object.hasOwnProperty.call(message, "city")) {
                    properties._city = 1;
                    if (!$util.isString(message.city))
                        return "city: string expected";
                }
                if (message.postcode != null && $Object.hasOwnProperty.call(message, "postcode")) {
                    properties._postcode = 1;
                    if (!$util.isString(message.postcode))
                        return "postcode: string expected";
                }
                if (message.country != null && $Object.hasOwnProperty.call(message, "country")) {
                    properties._country = 1;
                    if (!$util.isString(message.country))
                        return "country: string expected";
                }
                return null;
            };

            /**
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.Address
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.Address} Address
             */
            Address.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.Address)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.Address: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.Address();
                if (object.line != null)
                    message.line = $String(object.line);
                if (object.city != null)
                    message.city = $String(object.city);
                if (object.postcode != null)
                    message.postcode = $String(object.postcode);
                if (object.country != null)
                    message.country = $String(object.country);
                return message;
            };

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.Address
             * @static
             * @param {cen.v1.Address} message Address
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Address.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.line != null && $Object.hasOwnProperty.call(message, "line"))
                    object.line = message.line;
                if (message.city != null && $Object.hasOwnProperty.call(message, "city"))
                    object.city = message.city;
                if (message.postcode != null && $Object.hasOwnProperty.call(message, "postcode"))
                    object.postcode = message.postcode;
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    object.country = message.country;
                return object;
            };

            /**
             * Converts this Address to JSON.
             * @function toJSON
             * @memberof cen.v1.Address
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Address.prototype.toJSON = function() {
                return Address.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Address
             * @function getTypeUrl
             * @memberof cen.v1.Address
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Address.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.Address";
            };

            return Address;
        })();

        v1.Person = (function() {

            /**
             * Properties of a Person.
             * @typedef {Object} cen.v1.Person.$Properties
             * @property {string} [id] Person id
             * @property {string} [familyName] Person familyName
             * @property {string|null} [givenNames] Person givenNames
             * @property {string|null} [birthDate] Person birthDate
             * @property {string|null} [birthPlace] Person birthPlace
             * @property {string|null} [nationality] Person nationality
             * @property {string|null} [gender] Person gender
             * @property {Array.<cen.v1.IdentityDocument.$Properties>} [documents] Person documents
             * @property {Array.<cen.v1.Address.$Properties>} [addresses] Person addresses
             * @property {string|null} [notes] Person notes
             * @property {number} [version] Person version
             * @property {string} [createdAt] Person createdAt
             * @property {string} [updatedAt] Person updatedAt
             * @property {string|null} [createdBy] Person createdBy
             * @property {string|null} [updatedBy] Person updatedBy
             * @property {string|null} [deletedAt] Person deletedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Person.
             * @memberof cen.v1
             * @interface IPerson
             * @augments cen.v1.Person.$Properties
             * @deprecated Use cen.v1.Person.$Properties instead.
             */

            /**
             * Shape of a Person.
             * @typedef {cen.v1.Person.$Properties} cen.v1.Person.$Shape
             */

            /**
             * Constructs a new Person.
             * @memberof cen.v1
             * @classdesc Represents a Person.
             * @constructor
             * @param {cen.v1.Person.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Person = function (properties) {
                this.documents = [];
                this.addresses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Person id.
             * @member {string} id
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.id = "";

            /**
             * Person familyName.
             * @member {string} familyName
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.familyName = "";

            /**
             * Person givenNames.
             * @member {string|null} givenNames
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.givenNames = null;

            /**
             * Person birthDate.
             * @member {string|null} birthDate
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.birthDate = null;

            /**
             * Person birthPlace.
             * @member {string|null} birthPlace
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.birthPlace = null;

            /**
             * Person nationality.
             * @member {string|null} nationality
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.nationality = null;

            /**
             * Person gender.
             * @member {string|null} gender
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.gender = null;

            /**
             * Person documents.
             * @member {Array.<cen.v1.IdentityDocument>} documents
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.documents = $util.emptyArray;

            /**
             * Person addresses.
             * @member {Array.<cen.v1.Address>} addresses
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.addresses = $util.emptyArray;

            /**
             * Person notes.
             * @member {string|null} notes
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.notes = null;

            /**
             * Person version.
             * @member {number} version
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.version = 0;

            /**
             * Person createdAt.
             * @member {string} createdAt
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.createdAt = "";

            /**
             * Person updatedAt.
             * @member {string} updatedAt
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.updatedAt = "";

            /**
             * Person createdBy.
             * @member {string|null} createdBy
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.createdBy = null;

            /**
             * Person updatedBy.
             * @member {string|null} updatedBy
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.updatedBy = null;

            /**
             * Person deletedAt.
             * @member {string|null} deletedAt
             * @memberof cen.v1.Person
             * @instance
             */
            Person.prototype.deletedAt = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Person.prototype, "_givenNames", {
                get: $util.oneOfGetter($oneOfFields = ["givenNames"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Person.prototype, "_birthDate", {
                get: $util.oneOfGetter($oneOfFields = ["birthDate"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Person.prototype, "_birthPlace", {
                get: $util.oneOfGetter($oneOfFields = ["birthPlace"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Person.prototype, "_nationality", {
                get: $util.oneOfGetter($oneOfFields = ["nationality"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Person.prototype, "_gender", {
                get: $util.oneOfGetter($oneOfFields = ["gender"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Person.prototype, "_notes", {
                get: $util.oneOfGetter($oneOfFields = ["notes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Person.prototype, "_createdBy", {
                get: $util.oneOfGetter($oneOfFields = ["createdBy"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Person.prototype, "_updatedBy", {
                get: $util.oneOfGetter($oneOfFields = ["updatedBy"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Person.prototype, "_deletedAt", {
                get: $util.oneOfGetter($oneOfFields = ["deletedAt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Person instance using the specified properties.
             * @function create
             * @memberof cen.v1.Person
             * @static
             * @param {cen.v1.Person.$Properties=} [properties] Properties to set
             * @returns {cen.v1.Person} Person instance
             * @type {{
             *   (properties: cen.v1.Person.$Shape): cen.v1.Person & cen.v1.Person.$Shape;
             *   (properties?: cen.v1.Person.$Properties): cen.v1.Person;
             * }}
             */
            Person.create = function(properties) {
                return new Person(properties);
            };

            /**
             * Encodes the specified Person message. Does not implicitly {@link cen.v1.Person.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.Person
             * @static
             * @param {cen.v1.Person.$Properties} message Person message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Person.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.familyName != null && $Object.hasOwnProperty.call(message, "familyName") && message.familyName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.familyName);
                if (message.givenNames != null && $Object.hasOwnProperty.call(message, "givenNames"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.givenNames);
                if (message.birthDate != null && $Object.hasOwnProperty.call(message, "birthDate"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.birthDate);
                if (message.birthPlace != null && $Object.hasOwnProperty.call(message, "birthPlace"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.birthPlace);
                if (message.nationality != null && $Object.hasOwnProperty.call(message, "nationality"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.nationality);
                if (message.gender != null && $Object.hasOwnProperty.call(message, "gender"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.gender);
                if (message.documents != null && message.documents.length)
                    for (let i = 0; i < message.documents.length; ++i)
                        $root.cen.v1.IdentityDocument.encode(message.documents[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        $root.cen.v1.Address.encode(message.addresses[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.notes);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 100, wireType 0 =*/800).uint32(message.version);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && message.createdAt !== "")
                    writer.uint32(/* id 101, wireType 2 =*/810).string(message.createdAt);
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && message.updatedAt !== "")
                    writer.uint32(/* id 102, wireType 2 =*/818).string(message.updatedAt);
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy"))
                    writer.uint32(/* id 103, wireType 2 =*/826).string(message.createdBy);
                if (message.updatedBy != null && $Object.hasOwnProperty.call(message, "updatedBy"))
                    writer.uint32(/* id 104, wireType 2 =*/834).string(message.updatedBy);
                if (message.deletedAt != null && $Object.hasOwnProperty.call(message, "deletedAt"))
                    writer.uint32(/* id 105, wireType 2 =*/842).string(message.deletedAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Person message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.Person
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.Person & cen.v1.Person.$Shape} Person
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Person.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.Person();
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
                                message.familyName = value;
                            else
                                delete message.familyName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.givenNames = reader.stringVerify();
                            message._givenNames = "givenNames";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.birthDate = reader.stringVerify();
                            message._birthDate = "birthDate";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.birthPlace = reader.stringVerify();
                            message._birthPlace = "birthPlace";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.nationality = reader.stringVerify();
                            message._nationality = "nationality";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.gender = reader.stringVerify();
                            message._gender = "gender";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.documents && message.documents.length))
                                message.documents = [];
                            message.documents.push($root.cen.v1.IdentityDocument.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push($root.cen.v1.Address.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.notes = reader.stringVerify();
                            message._notes = "notes";
                            continue;
                        }
                    case 100: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 101: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 102: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.updatedAt = value;
                            else
                                delete message.updatedAt;
                            continue;
                        }
                    case 103: {
                            if (wireType !== 2)
                                break;
                            message.createdBy = reader.stringVerify();
                            message._createdBy = "createdBy";
                            continue;
                        }
                    case 104: {
                            if (wireType !== 2)
                                break;
                            message.updatedBy = reader.stringVerify();
                            message._updatedBy = "updatedBy";
                            continue;
                        }
                    case 105: {
                            if (wireType !== 2)
                                break;
                            message.deletedAt = reader.stringVerify();
                            message._deletedAt = "deletedAt";
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
             * Verifies a Person message.
             * @function verify
             * @memberof cen.v1.Person
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Person.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.familyName != null && $Object.hasOwnProperty.call(message, "familyName"))
                    if (!$util.isString(message.familyName))
                        return "familyName: string expected";
                if (message.givenNames != null && $Object.hasOwnProperty.call(message, "givenNames")) {
                    properties._givenNames = 1;
                    if (!$util.isString(message.givenNames))
                        return "givenNames: string expected";
                }
                if (message.birthDate != null && $Object.hasOwnProperty.call(message, "birthDate")) {
                    properties._birthDate = 1;
                    if (!$util.isString(message.birthDate))
                        return "birthDate: string expected";
                }
                if (message.birthPlace != null && $Object.hasOwnProperty.call(message, "birthPlace")) {
                    properties._birthPlace = 1;
                    if (!$util.isString(message.birthPlace))
                        return "birthPlace: string expected";
                }
                if (message.nationality != null && $Object.hasOwnProperty.call(message, "nationality")) {
                    properties._nationality = 1;
                    if (!$util.isString(message.nationality))
                        return "nationality: string expected";
                }
                if (message.gender != null && $Object.hasOwnProperty.call(message, "gender")) {
                    properties._gender = 1;
                    if (!$util.isString(message.gender))
                        return "gender: string expected";
                }
                if (message.documents != null && $Object.hasOwnProperty.call(message, "documents")) {
                    if (!$Array.isArray(message.documents))
                        return "documents: array expected";
                    for (let i = 0; i < message.documents.length; ++i) {
                        let error = $root.cen.v1.IdentityDocument.verify(message.documents[i], _depth + 1);
                        if (error)
                            return "documents." + error;
                    }
                }
                if (message.addresses != null && $Object.hasOwnProperty.call(message, "addresses")) {
                    if (!$Array.isArray(message.addresses))
                        return "addresses: array expected";
                    for (let i = 0; i < message.addresses.length; ++i) {
                        let error = $root.cen.v1.Address.verify(message.addresses[i], _depth + 1);
                        if (error)
                            return "addresses." + error;
                    }
                }
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes")) {
                    properties._notes = 1;
                    if (!$util.isString(message.notes))
                        return "notes: string expected";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (!$util.isString(message.createdAt))
                        return "createdAt: string expected";
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                    if (!$util.isString(message.updatedAt))
                        return "updatedAt: string expected";
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy")) {
                    properties._createdBy = 1;
                    if (!$util.isString(message.createdBy))
                        return "createdBy: string expected";
                }
                if (message.updatedBy != null && $Object.hasOwnProperty.call(message, "updatedBy")) {
                    properties._updatedBy = 1;
                    if (!$util.isString(message.updatedBy))
                        return "updatedBy: string expected";
                }
                if (message.deletedAt != null && $Object.hasOwnProperty.call(message, "deletedAt")) {
                    properties._deletedAt = 1;
                    if (!$util.isString(message.deletedAt))
                        return "deletedAt: string expected";
                }
                return null;
            };

            /**
             * Creates a Person message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.Person
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.Person} Person
             */
            Person.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.Person)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.Person: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.Person();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.familyName != null)
                    if (typeof object.familyName !== "string" || object.familyName.length)
                        message.familyName = $String(object.familyName);
                if (object.givenNames != null)
                    message.givenNames = $String(object.givenNames);
                if (object.birthDate != null)
                    message.birthDate = $String(object.birthDate);
                if (object.birthPlace != null)
                    message.birthPlace = $String(object.birthPlace);
                if (object.nationality != null)
                    message.nationality = $String(object.nationality);
                if (object.gender != null)
                    message.gender = $String(object.gender);
                if (object.documents) {
                    if (!$Array.isArray(object.documents))
                        throw $TypeError(".cen.v1.Person.documents: array expected");
                    message.documents = $Array(object.documents.length);
                    for (let i = 0; i < object.documents.length; ++i) {
                        if (!$util.isObject(object.documents[i]))
                            throw $TypeError(".cen.v1.Person.documents: object expected");
                        message.documents[i] = $root.cen.v1.IdentityDocument.fromObject(object.documents[i], _depth + 1);
                    }
                }
                if (object.addresses) {
                    if (!$Array.isArray(object.addresses))
                        throw $TypeError(".cen.v1.Person.addresses: array expected");
                    message.addresses = $Array(object.addresses.length);
                    for (let i = 0; i < object.addresses.length; ++i) {
                        if (!$util.isObject(object.addresses[i]))
                            throw $TypeError(".cen.v1.Person.addresses: object expected");
                        message.addresses[i] = $root.cen.v1.Address.fromObject(object.addresses[i], _depth + 1);
                    }
                }
                if (object.notes != null)
                    message.notes = $String(object.notes);
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.createdAt != null)
                    if (typeof object.createdAt !== "string" || object.createdAt.length)
                        message.createdAt = $String(object.createdAt);
                if (object.updatedAt != null)
                    if (typeof object.updatedAt !== "string" || object.updatedAt.length)
                        message.updatedAt = $String(object.updatedAt);
                if (object.createdBy != null)
                    message.createdBy = $String(object.createdBy);
                if (object.updatedBy != null)
                    message.updatedBy = $String(object.updatedBy);
                if (object.deletedAt != null)
                    message.deletedAt = $String(object.deletedAt);
                return message;
            };

            /**
             * Creates a plain object from a Person message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.Person
             * @static
             * @param {cen.v1.Person} message Person
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Person.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.documents = [];
                    object.addresses = [];
                }
                if (options.defaults) {
                    object.id = "";
                    object.familyName = "";
                    object.version = 0;
                    object.createdAt = "";
                    object.updatedAt = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.familyName != null && $Object.hasOwnProperty.call(message, "familyName"))
                    object.familyName = message.familyName;
                if (message.givenNames != null && $Object.hasOwnProperty.call(message, "givenNames"))
                    object.givenNames = message.givenNames;
                if (message.birthDate != null && $Object.hasOwnProperty.call(message, "birthDate"))
                    object.birthDate = message.birthDate;
                if (message.birthPlace != null && $Object.hasOwnProperty.call(message, "birthPlace"))
                    object.birthPlace = message.birthPlace;
                if (message.nationality != null && $Object.hasOwnProperty.call(message, "nationality"))
                    object.nationality = message.nationality;
                if (message.gender != null && $Object.hasOwnProperty.call(message, "gender"))
                    object.gender = message.gender;
                if (message.documents && message.documents.length) {
                    object.documents = $Array(message.documents.length);
                    for (let j = 0; j < message.documents.length; ++j)
                        object.documents[j] = $root.cen.v1.IdentityDocument.toObject(message.documents[j], options, _depth + 1);
                }
                if (message.addresses && message.addresses.length) {
                    object.addresses = $Array(message.addresses.length);
                    for (let j = 0; j < message.addresses.length; ++j)
                        object.addresses[j] = $root.cen.v1.Address.toObject(message.addresses[j], options, _depth + 1);
                }
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    object.notes = message.notes;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    object.createdAt = message.createdAt;
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                    object.updatedAt = message.updatedAt;
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy"))
                    object.createdBy = message.createdBy;
                if (message.updatedBy != null && $Object.hasOwnProperty.call(message, "updatedBy"))
                    object.updatedBy = message.updatedBy;
                if (message.deletedAt != null && $Object.hasOwnProperty.call(message, "deletedAt"))
                    object.deletedAt = message.deletedAt;
                return object;
            };

            /**
             * Converts this Person to JSON.
             * @function toJSON
             * @memberof cen.v1.Person
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Person.prototype.toJSON = function() {
                return Person.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Person
             * @function getTypeUrl
             * @memberof cen.v1.Person
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Person.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.Person";
            };

            return Person;
        })();

        v1.Business = (function() {

            /**
             * Properties of a Business.
             * @typedef {Object} cen.v1.Business.$Properties
             * @property {string} [id] Business id
             * @property {string} [name] Business name
             * @property {string|null} [registrationNumber] Business registrationNumber
             * @property {string|null} [vatNumber] Business vatNumber
             * @property {string|null} [country] Business country
             * @property {Array.<cen.v1.Address.$Properties>} [addresses] Business addresses
             * @property {string|null} [notes] Business notes
             * @property {number} [version] Business version
             * @property {string} [createdAt] Business createdAt
             * @property {string} [updatedAt] Business updatedAt
             * @property {string|null} [createdBy] Business createdBy
             * @property {string|null} [updatedBy] Business updatedBy
             * @property {string|null} [deletedAt] Business deletedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Business.
             * @memberof cen.v1
             * @interface IBusiness
             * @augments cen.v1.Business.$Properties
             * @deprecated Use cen.v1.Business.$Properties instead.
             */

            /**
             * Shape of a Business.
             * @typedef {cen.v1.Business.$Properties} cen.v1.Business.$Shape
             */

            /**
             * Constructs a new Business.
             * @memberof cen.v1
             * @classdesc Represents a Business.
             * @constructor
             * @param {cen.v1.Business.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Business = function (properties) {
                this.addresses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Business id.
             * @member {string} id
             * @memberof cen.v1.Business
             * @instance
             */
            Business.prototype.id = "";

            /**
             * Business name.
             * @member {string} name
             * @memberof cen.v1.Business
             * @instance
             */
            Business.prototype.name = "";

            /**
             * Business registrationNumber.
             * @member {string|null} registrationNumber
             * @memberof cen.v1.Business
             * @instance
             */
            Business.prototype.registrationNumber = null;

            /**
             * Business vatNumber.
             * @member {string|null} vatNumber
             * @memberof cen.v1.Business
             * @instance
             */
            Business.prototype.vatNumber = null;

            /**
             * Business country.
             * @member {string|null} country
             * @memberof cen.v1.Business
             * @instance
             */
            Business.prototype.country = null;

            /**
             * Business addresses.
             * @member {Array.<cen.v1.Address>} addresses
             * @memberof cen.v1.Business
             * @instance
             */
            Business.prototype.addresses = $util.emptyArray;

            /**
             * Business notes.
             * @member {string|null} notes
             * @memberof cen.v1.Business
             * @instance
             */
            Business.prototype.notes = null;

            /**
             * Business version.
             * @member {number} version
             * @memberof cen.v1.Business
             * @instance
             */
            Business.prototype.version = 0;

            /**
             * Business createdAt.
             * @member {string} createdAt
             * @memberof cen.v1.Business
             * @instance
             */
            Business.prototype.createdAt = "";

            /**
             * Business updatedAt.
             * @member {string} updatedAt
             * @memberof cen.v1.Business
             * @instance
             */
            Business.prototype.updatedAt = "";

            /**
             * Business createdBy.
             * @member {string|null} createdBy
             * @memberof cen.v1.Business
             * @instance
             */
            Business.prototype.createdBy = null;

            /**
             * Business updatedBy.
             * @member {string|null} updatedBy
             * @memberof cen.v1.Business
             * @instance
             */
            Business.prototype.updatedBy = null;

            /**
             * Business deletedAt.
             * @member {string|null} deletedAt
             * @memberof cen.v1.Business
             * @instance
             */
            Business.prototype.deletedAt = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Business.prototype, "_registrationNumber", {
                get: $util.oneOfGetter($oneOfFields = ["registrationNumber"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Business.prototype, "_vatNumber", {
                get: $util.oneOfGetter($oneOfFields = ["vatNumber"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Business.prototype, "_country", {
                get: $util.oneOfGetter($oneOfFields = ["country"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Business.prototype, "_notes", {
                get: $util.oneOfGetter($oneOfFields = ["notes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Business.prototype, "_createdBy", {
                get: $util.oneOfGetter($oneOfFields = ["createdBy"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Business.prototype, "_updatedBy", {
                get: $util.oneOfGetter($oneOfFields = ["updatedBy"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Business.prototype, "_deletedAt", {
                get: $util.oneOfGetter($oneOfFields = ["deletedAt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Business instance using the specified properties.
             * @function create
             * @memberof cen.v1.Business
             * @static
             * @param {cen.v1.Business.$Properties=} [properties] Properties to set
             * @returns {cen.v1.Business} Business instance
             * @type {{
             *   (properties: cen.v1.Business.$Shape): cen.v1.Business & cen.v1.Business.$Shape;
             *   (properties?: cen.v1.Business.$Properties): cen.v1.Business;
             * }}
             */
            Business.create = function(properties) {
                return new Business(properties);
            };

            /**
             * Encodes the specified Business message. Does not implicitly {@link cen.v1.Business.verify|verify} messages.
             * @function encode
             * @memberof cen.v1.Business
             * @static
             * @param {cen.v1.Business.$Properties} message Business message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Business.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.registrationNumber != null && $Object.hasOwnProperty.call(message, "registrationNumber"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.registrationNumber);
                if (message.vatNumber != null && $Object.hasOwnProperty.call(message, "vatNumber"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.vatNumber);
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.country);
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        $root.cen.v1.Address.encode(message.addresses[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.notes);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 100, wireType 0 =*/800).uint32(message.version);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && message.createdAt !== "")
                    writer.uint32(/* id 101, wireType 2 =*/810).string(message.createdAt);
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && message.updatedAt !== "")
                    writer.uint32(/* id 102, wireType 2 =*/818).string(message.updatedAt);
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy"))
                    writer.uint32(/* id 103, wireType 2 =*/826).string(message.createdBy);
                if (message.updatedBy != null && $Object.hasOwnProperty.call(message, "updatedBy"))
                    writer.uint32(/* id 104, wireType 2 =*/834).string(message.updatedBy);
                if (message.deletedAt != null && $Object.hasOwnProperty.call(message, "deletedAt"))
                    writer.uint32(/* id 105, wireType 2 =*/842).string(message.deletedAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Business message from the specified reader or buffer.
             * @function decode
             * @memberof cen.v1.Business
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cen.v1.Business & cen.v1.Business.$Shape} Business
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Business.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.cen.v1.Business();
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
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.registrationNumber = reader.stringVerify();
                            message._registrationNumber = "registrationNumber";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.vatNumber = reader.stringVerify();
                            message._vatNumber = "vatNumber";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.country = reader.stringVerify();
                            message._country = "country";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push($root.cen.v1.Address.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.notes = reader.stringVerify();
                            message._notes = "notes";
                            continue;
                        }
                    case 100: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 101: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 102: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.updatedAt = value;
                            else
                                delete message.updatedAt;
                            continue;
                        }
                    case 103: {
                            if (wireType !== 2)
                                break;
                            message.createdBy = reader.stringVerify();
                            message._createdBy = "createdBy";
                            continue;
                        }
                    case 104: {
                            if (wireType !== 2)
                                break;
                            message.updatedBy = reader.stringVerify();
                            message._updatedBy = "updatedBy";
                            continue;
                        }
                    case 105: {
                            if (wireType !== 2)
                                break;
                            message.deletedAt = reader.stringVerify();
                            message._deletedAt = "deletedAt";
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
             * Verifies a Business message.
             * @function verify
             * @memberof cen.v1.Business
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Business.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.registrationNumber != null && $Object.hasOwnProperty.call(message, "registrationNumber")) {
                    properties._registrationNumber = 1;
                    if (!$util.isString(message.registrationNumber))
                        return "registrationNumber: string expected";
                }
                if (message.vatNumber != null && $Object.hasOwnProperty.call(message, "vatNumber")) {
                    properties._vatNumber = 1;
                    if (!$util.isString(message.vatNumber))
                        return "vatNumber: string expected";
                }
                if (message.country != null && $Object.hasOwnProperty.call(message, "country")) {
                    properties._country = 1;
                    if (!$util.isString(message.country))
                        return "country: string expected";
                }
                if (message.addresses != null && $Object.hasOwnProperty.call(message, "addresses")) {
                    if (!$Array.isArray(message.addresses))
                        return "addresses: array expected";
                    for (let i = 0; i < message.addresses.length; ++i) {
                        let error = $root.cen.v1.Address.verify(message.addresses[i], _depth + 1);
                        if (error)
                            return "addresses." + error;
                    }
                }
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes")) {
                    properties._notes = 1;
                    if (!$util.isString(message.notes))
                        return "notes: string expected";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (!$util.isString(message.createdAt))
                        return "createdAt: string expected";
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                    if (!$util.isString(message.updatedAt))
                        return "updatedAt: string expected";
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy")) {
                    properties._createdBy = 1;
                    if (!$util.isString(message.createdBy))
                        return "createdBy: string expected";
                }
                if (message.updatedBy != null && $Object.hasOwnProperty.call(message, "updatedBy")) {
                    properties._updatedBy = 1;
                    if (!$util.isString(message.updatedBy))
                        return "updatedBy: string expected";
                }
                if (message.deletedAt != null && $Object.hasOwnProperty.call(message, "deletedAt")) {
                    properties._deletedAt = 1;
                    if (!$util.isString(message.deletedAt))
                        return "deletedAt: string expected";
                }
                return null;
            };

            /**
             * Creates a Business message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof cen.v1.Business
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {cen.v1.Business} Business
             */
            Business.fromObject = function (object, _depth) {
                if (object instanceof $root.cen.v1.Business)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".cen.v1.Business: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.cen.v1.Business();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.registrationNumber != null)
                    message.registrationNumber = $String(object.registrationNumber);
                if (object.vatNumber != null)
                    message.vatNumber = $String(object.vatNumber);
                if (object.country != null)
                    message.country = $String(object.country);
                if (object.addresses) {
                    if (!$Array.isArray(object.addresses))
                        throw $TypeError(".cen.v1.Business.addresses: array expected");
                    message.addresses = $Array(object.addresses.length);
                    for (let i = 0; i < object.addresses.length; ++i) {
                        if (!$util.isObject(object.addresses[i]))
                            throw $TypeError(".cen.v1.Business.addresses: object expected");
                        message.addresses[i] = $root.cen.v1.Address.fromObject(object.addresses[i], _depth + 1);
                    }
                }
                if (object.notes != null)
                    message.notes = $String(object.notes);
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.createdAt != null)
                    if (typeof object.createdAt !== "string" || object.createdAt.length)
                        message.createdAt = $String(object.createdAt);
                if (object.updatedAt != null)
                    if (typeof object.updatedAt !== "string" || object.updatedAt.length)
                        message.updatedAt = $String(object.updatedAt);
                if (object.createdBy != null)
                    message.createdBy = $String(object.createdBy);
                if (object.updatedBy != null)
                    message.updatedBy = $String(object.updatedBy);
                if (object.deletedAt != null)
                    message.deletedAt = $String(object.deletedAt);
                return message;
            };

            /**
             * Creates a plain object from a Business message. Also converts values to other types if specified.
             * @function toObject
             * @memberof cen.v1.Business
             * @static
             * @param {cen.v1.Business} message Business
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Business.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.addresses = [];
                if (options.defaults) {
                    object.id = "";
                    object.name = "";
                    object.version = 0;
                    object.createdAt = "";
                    object.updatedAt = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.registrationNumber != null && $Object.hasOwnProperty.call(message, "registrationNumber"))
                    object.registrationNumber = message.registrationNumber;
                if (message.vatNumber != null && $Object.hasOwnProperty.call(message, "vatNumber"))
                    object.vatNumber = message.vatNumber;
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    object.country = message.country;
                if (message.addresses && message.addresses.length) {
                    object.addresses = $Array(message.addresses.length);
                    for (let j = 0; j < message.addresses.length; ++j)
                        object.addresses[j] = $root.cen.v1.Address.toObject(message.addresses[j], options, _depth + 1);
                }
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    object.notes = message.notes;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    object.createdAt = message.createdAt;
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                    object.updatedAt = message.updatedAt;
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy"))
                    object.createdBy = message.createdBy;
                if (message.updatedBy != null && $Object.hasOwnProperty.call(message, "updatedBy"))
                    object.updatedBy = message.updatedBy;
                if (message.deletedAt != null && $Object.hasOwnProperty.call(message, "deletedAt"))
                    object.deletedAt = message.deletedAt;
                return object;
            };

            /**
             * Converts this Business to JSON.
             * @function toJSON
             * @memberof cen.v1.Business
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Business.prototype.toJSON = function() {
                return Business.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Business
             * @function getTypeUrl
             * @memberof cen.v1.Business
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Business.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/cen.v1.Business";
            };

            return Business;
        })();

        return v1;
    })();

    return cen;
})();

export {
  $root as default
};
