fn main() {
    println!("cargo:rerun-if-changed=csrc/crc.c");
    cc::Build::new()
        .file("csrc/crc.c")
        .opt_level(3)
        .compile("fastcrc");
}
