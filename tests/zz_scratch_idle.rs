mod common;
use common::Wizard;
#[test]
fn idle() {
    let w = Wizard::start(120, 40);
    let p = &w.pty;
    p.wait_for("No saved session yet");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let b0 = p.bytes_read();
    std::thread::sleep(std::time::Duration::from_secs(2));
    println!("start screen idle 2s: {} bytes", p.bytes_read() - b0);
    p.send("n"); p.type_text("x"); p.send("\r");
    p.wait_for("Step 1 of 6");
    std::thread::sleep(std::time::Duration::from_millis(600));
    let b0 = p.bytes_read();
    std::thread::sleep(std::time::Duration::from_secs(2));
    println!("wizard idle 2s: {} bytes", p.bytes_read() - b0);
}
