//! A minimal HTTP/1.1 GET over loopback, so xtask needs no HTTP client crate to wait for
//! the server to become healthy.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// Returns the status code of `GET path` on 127.0.0.1:port, or `None` if nothing answers.
pub fn get_status(port: u16, path: &str) -> Option<u16> {
    let mut stream = TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), Duration::from_secs(2)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n").ok()?;
    let mut head = [0u8; 64];
    let n = stream.read(&mut head).ok()?;
    let line = String::from_utf8_lossy(&head[..n]);
    line.split_whitespace().nth(1)?.parse().ok()
}

/// A free TCP port on loopback, as the OS hands it out.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("bind a loopback port")
}
