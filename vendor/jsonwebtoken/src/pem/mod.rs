pub(crate) mod decoder;
