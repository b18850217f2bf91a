//! Closed vocabularies: Rust enums whose variants each have one wire string, the same text
//! the database stores and the OpenAPI document lists. [`vocabulary!`](crate::vocabulary) declares the enum, its
//! `ALL` list, `as_str` and `parse` from ONE list of `Variant => "text"` lines, so adding a
//! variant is one line in one file; every `match` on the enum is exhaustive, so the compiler
//! then points at each rule that must decide about it. The SQL conversions live in
//! `db::vocab`, the OpenAPI enums in `api::schema`, both driven by [`Vocabulary`].

/// What every vocabulary enum offers generically (the SQL and OpenAPI code use this).
pub trait Vocabulary: Copy + Eq + std::fmt::Debug + 'static {
    /// Every variant, in declaration order.
    const ALL: &'static [Self];
    /// The wire (and stored) string.
    fn as_str(&self) -> &'static str;
    /// The variant named exactly by `s` (case and spaces matter).
    fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|x| x.as_str() == s)
    }
    /// Every wire string, in declaration order.
    fn names() -> Vec<&'static str> {
        Self::ALL.iter().map(|x| x.as_str()).collect()
    }
}

/// Declares a vocabulary enum: `vocabulary! { /// doc \n pub enum Name { A => "a", B => "b", } }`.
#[macro_export]
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The wire (and stored) string.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )+
                }
            }

            /// The variant named exactly by `s` (case and spaces matter).
            pub fn parse(s: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|x| x.as_str() == s)
            }
        }

        impl $crate::domain::vocab::Vocabulary for $name {
            const ALL: &'static [Self] = $name::ALL;
            fn as_str(&self) -> &'static str {
                $name::as_str(self)
            }
        }
    };
}
