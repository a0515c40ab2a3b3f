-- Runs Jitsi's own token code (token/util.lib.lua + luajwtjitsi.lib.lua) the way mod_auth_token
-- (login) and mod_token_verification (room join) call it. Reads JSON lines on stdin:
--   {"profile": "<name>", "options": {...prosody options...}, "token": "...", "address": "room@conference.x/nick",
--    "prefix": "", "now": 1780000000}
-- and prints one JSON line per case: {"login": bool, "loginErr": ..., "join": bool, "joinErr": ...}.
-- Usage: lua5.4 harness.lua <prosody-plugins dir> <prosody lib dir> <basexx dir>
local plugins, prosody_lib, basexx_dir = arg[1], arg[2], arg[3]
package.path = basexx_dir .. "/?.lua;" .. prosody_lib .. "/?.lua;/usr/share/lua/5.3/?.lua;" .. package.path
package.cpath = prosody_lib .. "/?.so;" .. package.cpath

local cjson = require "cjson"
local real_time = os.time
local NOW = real_time()
os.time = function(t) if t then return real_time(t) end return NOW end

-- Prosody pieces that only matter for networking or other modules: never on the verdict path.
package.preload["net.http.server"] = function() return {} end
package.preload["net.http"] = function() return {} end
package.preload["core.usermanager"] = function() return {} end
package.preload["util.timer"] = function() return { add_task = function() end } end
local set = require "util.set"
local array = require "util.array"

-- The MUC component: jicofo has created the room (the normal case when a participant joins).
hosts = setmetatable({}, { __index = function(_, host)
    return { modules = { muc = { get_room_from_jid = function(room_jid) return { jid = room_jid, _data = {} } end } } }
end })
prosody = { version = "13.0", platform = "posix", hosts = hosts, full_sessions = {},
    events = { fire_event = function() return nil end, add_handler = function() end } }

local KEY_PEM -- served by the key server stub for every kid

local function make_module(host, options)
    local m = { host = host, name = "auth_token" }
    local function get(name, default) local v = options[name]; if v == nil then return default end return v end
    function m:get_option(name, default) return get(name, default) end
    function m:get_option_string(name, default) local v = get(name, default); if v == nil then return nil end return tostring(v) end
    function m:get_option_boolean(name, default) return get(name, default) end
    function m:get_option_number(name, default) return get(name, default) end
    function m:get_option_array(name, default) local v = get(name, default); if v == nil then return nil end return array(v) end
    function m:get_option_set(name, default) return set.new(get(name, default) or {}) end
    function m:get_option_inherited_set(name, default) return set.new(get(name, default) or {}) end
    function m:log() end
    m._log = function() end
    function m:context(h) return make_module(h, options) end
    function m:measure() return function() end end
    function m:hook() end
    function m:hook_global() end
    function m:depends() end
    function m:provides() end
    function m:shared() return {} end
    function m:set_global() end
    local env = setmetatable({ module = m }, { __index = _G })
    function m:require(lib)
        local f = assert(loadfile(plugins .. "/" .. lib .. ".lib.lua", "t", env))
        local lib_table = f()
        if lib == "util" then
            -- The key server: every kid has the test key (fetching is networking, not a verdict rule).
            lib_table.http_get_with_retry = function() return KEY_PEM, 200 end
        end
        return lib_table
    end
    return m
end

local utils = {}
local function util_for(case)
    local u = utils[case.profile]
    if u == nil then
        local m = make_module(case.host, case.options)
        local Util = m:require("token/util")
        u = Util.new(m)
        utils[case.profile] = u
    end
    return u
end

local function text(...) local t = {} for i = 1, select("#", ...) do t[#t + 1] = tostring((select(i, ...))) end return table.concat(t, " | ") end

for line in io.lines() do
    local case = cjson.decode(line)
    if case.key then KEY_PEM = case.key end
    NOW = math.tointeger(case.now) or case.now
    local out = {}
    local util = util_for(case)
    if util == nil then
        out.login = false; out.loginErr = "token util not configured"
    else
        local session = { auth_token = case.token ~= cjson.null and case.token or nil,
            jitsi_web_query_prefix = case.prefix or "", jitsi_web_query_room = case.room }
        local ok, res, err, reason = pcall(util.process_and_verify_token, util, session)
        if not ok then
            out.login = false; out.loginErr = "error: " .. tostring(res)
        elseif res ~= true then
            out.login = false; out.loginErr = text(res, err, reason)
        else
            out.login = true
            local ok2, res2, err2, reason2 = pcall(util.verify_room, util, session, case.address)
            if not ok2 then
                out.join = false; out.joinErr = "error: " .. tostring(res2)
            elseif not res2 then
                out.join = false; out.joinErr = text(res2, err2, reason2)
            else
                out.join = true
            end
        end
    end
    io.write(cjson.encode(out), "\n")
    io.flush()
end
