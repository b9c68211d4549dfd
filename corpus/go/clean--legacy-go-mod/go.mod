module example.com/legacy

require github.com/google/uuid v1.6.0
