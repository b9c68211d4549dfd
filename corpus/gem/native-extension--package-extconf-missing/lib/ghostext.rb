module Ghostext; end
