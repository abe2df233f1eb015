//! The `chuthich` command; see `chuthich --help`.

fn main() {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.into_string().unwrap_or_else(|bad| bad.to_string_lossy().into_owned()))
        .collect();
    let code = chuthich::cli::run(&args, &mut std::io::stdin().lock(), &mut std::io::stdout().lock(), &mut std::io::stderr());
    std::process::exit(code);
}
