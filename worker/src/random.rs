//! Randomness from the runtime's CSPRNG (`crypto.getRandomValues`).

use crate::error::AppError;

pub fn bytes<const N: usize>() -> Result<[u8; N], AppError> {
    let mut buf = [0u8; N];
    getrandom::getrandom(&mut buf).map_err(|e| AppError::internal(format!("getrandom: {e}")))?;
    Ok(buf)
}
