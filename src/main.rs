//! Thin binary: parse flags, run, turn the result into an exit code.

fn main() {
    std::process::exit(newshound::cli::main());
}
