//! Pure business rules (placeholder).
