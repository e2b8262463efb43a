//! Embeds the data files of `src/data/` without their comment and blank lines:
//! the headers (source, licence, columns) stay in the sources, out of the wasm.
//! Every parser of those files skips such lines, so what they read is unchanged.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=src/data");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for entry in fs::read_dir("src/data").expect("src/data is readable") {
        let path = entry.expect("src/data lists").path();
        let text = fs::read_to_string(&path).expect("data files are UTF-8");
        let mut entries = String::with_capacity(text.len());
        for line in text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            entries.push_str(line);
            entries.push('\n');
        }
        let name = path.file_name().expect("a data file has a name");
        fs::write(Path::new(&out).join(name), entries).expect("OUT_DIR is writable");
    }
}
