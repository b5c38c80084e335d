-- Shared by every script of the store: the store loads each script as its header (RECORD, the record hash's field
-- names in wire order, from RecordWire), this prelude, then the script. A record travels as one string, its RECORD
-- fields joined by the unit separator (\31), '' for an absent one, both ways (RecordWire is the Java side).
local SEP = '\31'

-- The record in key as one wire string; nil when there is none or, if live is true, when it was undone.
local function read_record(key, live)
    local values = redis.call('HMGET', key, 'deletedAt', unpack(RECORD))
    if not values[2] or (live and values[1]) then
        return nil
    end
    local fields = {}
    for f = 1, #RECORD do
        fields[f] = values[f + 1] or ''
    end
    return table.concat(fields, SEP)
end

-- A wire string's fields by name, the absent ones left out; nil when it does not hold #RECORD fields.
local function parse_record(line)
    local record, f, from = {}, 1, 1
    while true do
        local at = string.find(line, SEP, from, true)
        local value = string.sub(line, from, at and at - 1 or -1)
        if value ~= '' then
            record[RECORD[f]] = value
        end
        if not at then
            break
        end
        f, from = f + 1, at + 1
    end
    if f ~= #RECORD then
        return nil
    end
    return record
end
