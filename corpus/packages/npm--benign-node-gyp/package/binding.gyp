{ "targets": [ { "target_name": "fast_hash", "sources": [ "src/hash.cc" ] } ] }
