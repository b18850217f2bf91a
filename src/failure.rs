//! How a CLI command fails, and so its exit code. Shared by `commands` (the dispatcher) and
//! the commands it runs (`seed`, ...), which therefore need not import `commands`.

/// A command's failure: one line for the person at the terminal, and the exit code.
pub enum Failure {
    /// Bad arguments or settings: exit code 2.
    Usage(String),
    /// The command ran and failed: exit code 1.
    Failed(String),
}
