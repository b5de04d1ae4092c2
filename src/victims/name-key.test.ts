import { describe, expect, it } from "vitest";
import { nameWords, partKey } from "./name-key.js";

const key = (name: string) => partKey(nameWords(name));

describe("partKey", () => {
  it.each([
    [["Erfan", "Irfan", "Arfan", "عرفان"]],
    [["Mohammad", "Muhammad", "Mohamad", "Mohammed", "محمد"]],
    [["Hossein", "Hosein", "Hussein", "Husayn", "حسین"]],
    [["Fatemeh", "Fateme", "Fatima", "Fatemah", "فاطمه", "فاطمة"]],
    [["Rezaei", "Rezaee", "Rezai", "Rezayi", "Rezaie", "رضایی", "رضائی"]],
    [["Mohammad Reza", "Mohammadreza", "Mohammad-Reza", "محمدرضا", "محمد رضا", "محمد‌رضا"]],
    [["Abolfazl", "Abol-Fazl", "Abulfazl", "ابوالفضل"]],
    [["Kazem", "Kadhim", "Kazim", "کاظم"]],
    [["Javad", "Jawad", "جواد"]],
    [["Mahdi", "Mehdi", "مهدی", "مهدي"]],
    [["Ghasem", "Qasem", "Gasem", "قاسم"]],
    [["Mousavi", "Moosavi", "Musawi", "al-Musawi", "موسوی"]],
    [["Yousef", "Yusuf", "یوسف"]],
    [["Abdollah", "Abdullah", "Abd-Allah", "عبدالله"]],
    [["Seyed Ali", "Sayyid Ali", "سید علی", "Haj Ali", "Ali"]],
    [["Khosrow", "Khosro", "خسرو"]],
    [["Karimzadeh", "Karim-Zadeh", "Karim Zadeh", "کریم‌زاده"]],
    [["Jafar", "Ja'far", "Jaafar", "جعفر"]],
    // ت before ح is Latin's "th", which Arabic transliteration also writes for ث
    [["Fathi", "فتحی", "فتحي"]],
    [["Fathollah", "فتح‌الله"]],
  ])("gives one key to every spelling of %j", (spellings) => {
    expect(new Set(spellings.map(key)).size).toBe(1);
  });

  it("keeps apart names that differ in their last vowel or their consonants", () => {
    expect(key("Hossein")).not.toBe(key("Hosseini"));
    expect(key("Ahmad")).not.toBe(key("Ahmadi"));
    expect(key("Vahid")).not.toBe(key("Hadi"));
    expect(key("Reza")).not.toBe(key("Zahra"));
    // ط then ا then ه is no "th": Taheri keeps its T and H
    expect(key("Taheri")).toBe(key("طاهری"));
    expect(key("Taheri")).not.toBe(key("Sari"));
  });
});
