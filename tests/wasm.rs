//! The JavaScript API, run as WebAssembly in headless Chromium (`scripts/test.sh` runs it through
//! wasm-bindgen-test-runner). It checks what only the boundary can get wrong: UTF-16 offsets on the JavaScript
//! string itself, plain objects out, errors for bad options.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(key)).expect("property")
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("options JSON")
}

/// Every entity's `text` equals `text.slice(start, end)` on the JavaScript string.
fn assert_slices(text: &JsString, doc: &JsValue) -> usize {
    let entities: Array = get(doc, "entities").dyn_into().expect("entities array");
    for e in entities.iter() {
        let start = get(&e, "start").as_f64().expect("start") as u32;
        let end = get(&e, "end").as_f64().expect("end") as u32;
        let sliced = text.slice(start, end);
        assert_eq!(JsValue::from(sliced), get(&e, "text"), "slice mismatch on {:?}", get(&e, "label"));
    }
    entities.length() as usize
}

#[wasm_bindgen_test]
fn utf16_offsets_hold_after_emoji_and_nfd() {
    // An emoji (two UTF-16 units), then NFD Vietnamese, then a citation.
    let s = "😀 Ngày 1-11-2011, Quye\u{302}\u{301}t đi\u{323}nh số 46-QĐ/TW của Ban Chấp hành Trung ương Đảng 🇻🇳";
    let text = JsString::from(s);
    let doc = chuthich::wasm::annotate(s, JsValue::UNDEFINED).expect("annotate");
    let n = assert_slices(&text, &doc);
    assert!(n >= 2, "expected entities, found {n}");
    let sentences: Array = get(&doc, "sentences").dyn_into().expect("sentences");
    assert!(sentences.length() >= 1);
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets_right() {
    // A JavaScript string with a lone high surrogate before a date: Rust receives U+FFFD, one unit like it.
    let text: JsString = js_sys::eval("'\\uD800 ngày 1-11-2011 và \\uDC00 năm 2012'").expect("eval").dyn_into().expect("string");
    let s: String = text.as_string().unwrap_or_default();
    let doc = chuthich::wasm::annotate(&s, JsValue::UNDEFINED).expect("annotate");
    let entities: Array = get(&doc, "entities").dyn_into().expect("entities");
    for e in entities.iter() {
        let start = get(&e, "start").as_f64().unwrap() as u32;
        let end = get(&e, "end").as_f64().unwrap() as u32;
        // Compare on the original JS string, lone surrogates included.
        let want = get(&e, "text").as_string().unwrap();
        assert_eq!(text.slice(start, end).as_string().unwrap(), want);
    }
}

#[wasm_bindgen_test]
fn results_are_plain_objects_and_values_are_null_or_objects() {
    let doc = chuthich::wasm::annotate("Trong hai ngày 16, 17-2 năm 2012", JsValue::UNDEFINED).expect("annotate");
    assert!(doc.is_object() && !doc.is_instance_of::<js_sys::Map>());
    let entities: Array = get(&doc, "entities").dyn_into().expect("entities");
    for e in entities.iter() {
        assert_eq!(Object::get_prototype_of(&e), Object::get_prototype_of(&Object::new()));
        let v = get(&e, "value");
        assert!(v.is_null() || (v.is_object() && !v.is_instance_of::<js_sys::Map>()));
    }
}

#[wasm_bindgen_test]
fn options_select_labels_and_reject_bad_input() {
    let doc = chuthich::wasm::annotate("ngày 1-11-2011 tại Hà Nội", options(r#"{"labels":["DATE"]}"#)).expect("annotate");
    let entities: Array = get(&doc, "entities").dyn_into().expect("entities");
    assert!(entities.iter().all(|e| get(&e, "label").as_string().as_deref() == Some("DATE")));
    assert!(chuthich::wasm::annotate("x", options(r#"{"labels":["PLACE"]}"#)).is_err());
    assert!(chuthich::wasm::annotate("x", options(r#"{"referenceDate":"2023-02-30"}"#)).is_err());
    assert!(chuthich::wasm::annotate("x", options(r#"{"colour":"red"}"#)).is_err());
    let ok = chuthich::wasm::annotate("hôm qua", options(r#"{"referenceDate":"2024-03-05","tokens":true}"#)).expect("annotate");
    let tokens: Array = get(&ok, "tokens").dyn_into().expect("tokens");
    assert_eq!(tokens.length(), 2);
    let only = chuthich::wasm::annotate("ngày 1-11-2011 tại Hà Nội", options(r#"{"entitiesOnly":true}"#)).expect("annotate");
    let entities: Array = get(&only, "entities").dyn_into().expect("entities");
    let words: Array = get(&only, "words").dyn_into().expect("words");
    assert_eq!((entities.length(), words.length()), (2, 0));
}

#[wasm_bindgen_test]
fn labels_lists_all_seventeen() {
    assert_eq!(chuthich::wasm::labels().len(), 17);
}
