mod common;
use common::pty::key;
use common::Wizard;
use std::time::Duration;

#[test]
fn explore() {
    let w = Wizard::start(120, 40);
    let p = &w.pty;
    p.wait_for("No saved session yet");
    p.settle(Duration::from_millis(100));
    println!("{}", p.screen());
    p.send("n");
    p.type_text("acme");
    p.press(key::ENTER, "Step 1 of 6");
    p.settle(Duration::from_millis(300));
    println!("{}", p.screen());
    p.type_text("guang");
    p.settle(Duration::from_millis(300));
    println!("{}", p.screen());
    p.send(key::ENTER);
    p.settle(Duration::from_millis(300));
    println!("{}", p.screen());
}
