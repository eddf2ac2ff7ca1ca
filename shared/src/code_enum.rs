//! A macro for closed vocabularies that travel as stable string codes (in JSON, SQL and URLs).

/// Declares a `Copy` enum whose variants each have a stable wire code.
///
/// Generates `ALL`, `code()`, `from_code()` and serde impls that use the code, so that a
/// vocabulary is written down exactly once. With the `openapi` feature, also its OpenAPI schema:
/// `{"type": "string", "enum": [codes…]}`, named after the enum.
#[macro_export]
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $( $(#[$vmeta])* $variant ),+ }

        impl $name {
            /// Every value, in the order forms and reports list them.
            pub const ALL: &'static [$name] = &[ $( $name::$variant ),+ ];

            /// The stable code used in JSON, SQL and URLs.
            pub const fn code(self) -> &'static str {
                match self { $( $name::$variant => $code ),+ }
            }

            /// Parses a wire code; `None` for anything that is not exactly one of the codes.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $( $code => Some($name::$variant), )+ _ => None }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let code = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                $name::from_code(&code).ok_or_else(|| {
                    ::serde::de::Error::custom(format!("unknown {} `{}`", stringify!($name), code))
                })
            }
        }

        /// On the wire a value is its code: a string, one of `ALL`'s codes.
        #[cfg(feature = "openapi")]
        impl ::utoipa::PartialSchema for $name {
            fn schema() -> ::utoipa::openapi::RefOr<::utoipa::openapi::schema::Schema> {
                ::utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(::utoipa::openapi::schema::Type::String)
                    .enum_values(Some([ $( $code ),+ ]))
                    .into()
            }
        }

        #[cfg(feature = "openapi")]
        impl ::utoipa::ToSchema for $name {
            fn name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(stringify!($name))
            }
        }
    };
}
