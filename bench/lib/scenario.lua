-- One wrk script for every scenario of bench/run.sh; the scenario and its data come from the environment.
--
--   SCENARIO   get | get_participant | patch_participant | invite | records_page | record_expand
--              | gql_get_participant | gql_patch_participant | mixed
--   TOKEN      bearer token sent on every request (empty: no Authorization header)
--   URL_PATH   the fixed path of SCENARIO=get (ceiling, first and deep pages)
--   HOT_CALLS, HOT_PARTS      the calls whose participants GET/PATCH hit, and participants per call
--   INV_CALLS                 the calls that invitations go to
--   NREC, REC_BASE, REC_STEP  callRecords 1..NREC start at REC_BASE + k*REC_STEP seconds (epoch seconds)
--
-- Every request is built in request(), the ceiling's too, so the client does the same work for each scenario.
-- done() prints one machine-readable RESULT line that run.sh parses. wrk counts a status >= 400 as an error; run.sh
-- checks each scenario's request once with curl beforehand and insists on a 2xx, so no 3xx hides in the count.

local scenario = os.getenv("SCENARIO") or "get"
local token = os.getenv("TOKEN") or ""
local fixed_path = os.getenv("URL_PATH") or "/actuator/health/liveness"
local hot_calls = tonumber(os.getenv("HOT_CALLS") or "100")
local hot_parts = tonumber(os.getenv("HOT_PARTS") or "10")
local inv_calls = tonumber(os.getenv("INV_CALLS") or "500")
local nrec = tonumber(os.getenv("NREC") or "1000")
local rec_base = tonumber(os.getenv("REC_BASE") or "1704067200")
local rec_step = tonumber(os.getenv("REC_STEP") or "60")

local HOT_CALL = "b1000000-0000-4000-8000-%012d"
local INV_CALL = "b2000000-0000-4000-8000-%012d"
local PART = "a0000000-0000-4000-8000-%012d"
local RECORD = "c0000000-0000-4000-8000-%012d"

local json_headers = { ["Content-Type"] = "application/json" }
local get_headers = {}
if token ~= "" then
    json_headers["Authorization"] = "Bearer " .. token
    get_headers["Authorization"] = "Bearer " .. token
end

local threads = {}
local counter = 0
local thread_id = 0

function setup(thread)
    thread_id = thread_id + 1
    thread:set("tid", thread_id)
    table.insert(threads, thread)
end

function init(args)
    -- each thread its own sequence; tid makes invitee ids unique across threads
    math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
    for _ = 1, 10 do math.random() end
end

local function hot_participant()
    return string.format(HOT_CALL, math.random(1, hot_calls)), string.format(PART, math.random(1, hot_parts))
end

local function participant_path(call, part)
    return "/v1.0/communications/calls/" .. call .. "/participants/" .. part
end

local function iso(epoch)
    return os.date("!%Y-%m-%dT%H:%M:%SZ", epoch)
end

local FRAGMENT = "fragment P on Participant { id etag isMuted isInLobby metadata rosterSequenceNumber "
    .. "info { identity { user { id displayName } } endpointType region languageId countryCode participantId } "
    .. "mediaStreams { mediaType direction sourceId serverMuted label } recordingInfo { recordingStatus } }"

local builders = {}

builders.get = function()
    return wrk.format("GET", fixed_path, get_headers, nil)
end

builders.get_participant = function()
    local call, part = hot_participant()
    return wrk.format("GET", participant_path(call, part), get_headers, nil)
end

builders.patch_participant = function()
    local call, part = hot_participant()
    counter = counter + 1
    local body = string.format('{"isMuted":%s,"metadata":"bench %d-%d"}',
        (counter % 2 == 0) and "true" or "false", tid or 0, counter)
    return wrk.format("PATCH", participant_path(call, part), json_headers, body)
end

builders.invite = function()
    counter = counter + 1
    local call = string.format(INV_CALL, math.random(1, inv_calls))
    local invitee = string.format("bench-invitee-%d-%d-%d", tid or 0, os.time(), counter)
    local body = '{"participants":[{"@odata.type":"#microsoft.graph.invitationParticipantInfo",'
        .. '"identity":{"@odata.type":"#microsoft.graph.identitySet","user":{"@odata.type":"#microsoft.graph.identity",'
        .. '"id":"' .. invitee .. '","displayName":"Bench Invitee"}}}],"clientContext":"bench"}'
    return wrk.format("POST", "/v1.0/communications/calls/" .. call .. "/participants/invite", json_headers, body)
end

builders.records_page = function()
    -- a one-day window at a random place in the seeded range: a full page of 60 and a nextLink
    local span = nrec * rec_step - 86400
    local from = rec_base + math.random(0, math.max(0, math.floor(span / 60))) * 60
    local path = "/v1.0/communications/callRecords?$filter=startDateTime%20ge%20" .. iso(from)
        .. "%20and%20startDateTime%20lt%20" .. iso(from + 86400)
    return wrk.format("GET", path, get_headers, nil)
end

builders.record_expand = function()
    local id = string.format(RECORD, math.random(1, nrec))
    return wrk.format("GET", "/v1.0/communications/callRecords/" .. id .. "?$expand=sessions($expand=segments)",
        get_headers, nil)
end

builders.gql_get_participant = function()
    local call, part = hot_participant()
    local body = '{"query":"query($c: ID!, $p: ID!) { participant(callId: $c, id: $p) { ...P } } ' .. FRAGMENT
        .. '","variables":{"c":"' .. call .. '","p":"' .. part .. '"}}'
    return wrk.format("POST", "/graphql", json_headers, body)
end

builders.gql_patch_participant = function()
    local call, part = hot_participant()
    counter = counter + 1
    local body = '{"query":"mutation($in: UpdateParticipantInput!) { updateParticipant(input: $in) '
        .. '{ participant { ...P } } } ' .. FRAGMENT .. '","variables":{"in":{"callId":"' .. call .. '","id":"' .. part
        .. '","isMuted":' .. ((counter % 2 == 0) and "true" or "false")
        .. ',"metadata":"gql ' .. (tid or 0) .. '-' .. counter .. '"}}}'
    return wrk.format("POST", "/graphql", json_headers, body)
end

-- the soak and the warm-up: every kind of request in turn, the writes less often than the reads
local mix = { "get_participant", "patch_participant", "records_page", "record_expand", "gql_get_participant",
              "get_participant", "gql_patch_participant", "invite", "get", "records_page" }
builders.mixed = function()
    counter = counter + 1
    return builders[mix[(counter % #mix) + 1]]()
end

local build = builders[scenario]
if build == nil then
    error("unknown SCENARIO " .. scenario)
end

request = function()
    return build()
end

done = function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format(
        "RESULT requests=%d seconds=%.3f rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.0f "
            .. "status_errors=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d\n",
        summary.requests, seconds, summary.requests / seconds, latency:percentile(50), latency:percentile(90),
        latency:percentile(99), latency.max, latency.mean, e.status, e.connect, e.read, e.write, e.timeout))
end
