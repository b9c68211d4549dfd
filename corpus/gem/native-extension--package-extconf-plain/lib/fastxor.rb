require "fastxor/fastxor"
