import { defineMessages } from '../define-messages.ts';

/**
 * The built-in development identity provider's pages. A test tool: Swedish
 * and English only (no Arabic), and every page says it is not real
 * e-identification.
 */
export const devIdpMessages = defineMessages(
  {
    'devIdp.serviceName': 'Testlegitimering (inte riktig e-legitimation)',
    'devIdp.pageTitle': '{page} – Testlegitimering',
    'devIdp.banner.tag': 'Test',
    'devIdp.banner.text':
      'Det här är en testtjänst för legitimering. Ingen riktig e-legitimation används och ingen identitet kontrolleras. Använd den bara i test- och demomiljöer.',
    'devIdp.switchLanguage': 'In English',
    'devIdp.errorPrefix': 'Fel:',
    'devIdp.continue': 'Fortsätt',
    'devIdp.cancel': 'Avbryt inloggningen',
    'devIdp.cancelHint': 'Du skickas tillbaka till e-tjänsten utan att logga in.',
    'devIdp.method.title': 'Hur vill du legitimera dig?',
    'devIdp.method.hint': 'Alla sätt är låtsade. I nästa steg väljer du vem du vill logga in som.',
    'devIdp.method.bankid': 'BankID på den här enheten',
    'devIdp.method.bankid.hint': 'Som när BankID-appen öppnas direkt.',
    'devIdp.method.bankid-qr': 'BankID på en annan enhet',
    'devIdp.method.bankid-qr.hint': 'Som när du skannar en QR-kod med mobilen.',
    'devIdp.method.freja': 'Freja eID+',
    'devIdp.method.freja.hint': 'Fungerar även för dig med samordningsnummer.',
    'devIdp.method.svenska-pass': 'Svenska Pass',
    'devIdp.method.svenska-pass.hint': 'Legitimering med pass eller nationellt id-kort via appen.',
    'devIdp.qr.title': 'Skanna QR-koden',
    'devIdp.qr.caption': 'BankID på en annan enhet',
    'devIdp.qr.body':
      'I en riktig inloggning skannar du koden med BankID-appen. Den här koden är bara en bild: den går inte att skanna och ingenting skickas.',
    'devIdp.qr.code': 'Testkod: {code}',
    'devIdp.qr.scanned': 'Jag har skannat koden',
    'devIdp.qr.changeMethod': 'Välj ett annat sätt att legitimera dig',
    'devIdp.person.title': 'Vem vill du logga in som?',
    'devIdp.person.caption': 'Legitimering med {method}',
    'devIdp.person.hint':
      'Testpersonerna är påhittade. Du kan också skriva ett eget personnummer eller samordningsnummer.',
    'devIdp.person.coordinationNumber': 'samordningsnummer',
    'devIdp.person.guardian': 'vårdnadshavare för {children}',
    'devIdp.person.signatory': 'firmatecknare för {company}',
    'devIdp.person.or': 'eller',
    'devIdp.person.other': 'Någon annan',
    'devIdp.person.otherLabel': 'Personnummer eller samordningsnummer',
    'devIdp.person.otherHint': 'Tolv siffror, till exempel 19121212-1212.',
    'devIdp.person.submit': 'Logga in som testperson',
    'devIdp.person.changeMethod': 'Välj ett annat sätt att legitimera dig',
    'devIdp.error.methodRequired': 'Välj hur du vill legitimera dig',
    'devIdp.error.personRequired': 'Välj en testperson eller skriv ett personnummer',
    'devIdp.error.personalNumberRequired': 'Skriv ett personnummer eller samordningsnummer',
    'devIdp.error.personalNumberFormat': 'Skriv personnumret med tolv siffror, till exempel 19121212-1212',
    'devIdp.error.personalNumberInvalid':
      'Personnumret är inte giltigt. Kontrollera datumet och den sista siffran (kontrollsiffran)',
    'devIdp.failure.title': 'Inloggningen kan inte fortsätta',
    'devIdp.failure.expired':
      'Inloggningen har tagit för lång tid, är redan klar eller startades i en annan webbläsare. Gå tillbaka till e-tjänsten och logga in igen.',
    'devIdp.failure.generic':
      'Testtjänsten för legitimering kunde inte slutföra begäran. Gå tillbaka till e-tjänsten och försök igen.',
    'devIdp.failure.details': 'Teknisk information: {details}',
  },
  {
    'devIdp.serviceName': 'Test identification (not real e-identification)',
    'devIdp.pageTitle': '{page} – Test identification',
    'devIdp.banner.tag': 'Test',
    'devIdp.banner.text':
      'This is a test identity service. No real e-identification is used and nobody’s identity is checked. Use it only in test and demo environments.',
    'devIdp.switchLanguage': 'På svenska',
    'devIdp.errorPrefix': 'Error:',
    'devIdp.continue': 'Continue',
    'devIdp.cancel': 'Cancel login',
    'devIdp.cancelHint': 'You will be sent back to the e-service without logging in.',
    'devIdp.method.title': 'How do you want to identify yourself?',
    'devIdp.method.hint': 'All methods are pretend. In the next step you choose who to log in as.',
    'devIdp.method.bankid': 'BankID on this device',
    'devIdp.method.bankid.hint': 'As when the BankID app opens directly.',
    'devIdp.method.bankid-qr': 'BankID on another device',
    'devIdp.method.bankid-qr.hint': 'As when you scan a QR code with your phone.',
    'devIdp.method.freja': 'Freja eID+',
    'devIdp.method.freja.hint': 'Also works if you have a coordination number (samordningsnummer).',
    'devIdp.method.svenska-pass': 'Svenska Pass',
    'devIdp.method.svenska-pass.hint': 'Identification with a passport or national ID card through the app.',
    'devIdp.qr.title': 'Scan the QR code',
    'devIdp.qr.caption': 'BankID on another device',
    'devIdp.qr.body':
      'In a real login you scan the code with the BankID app. This code is only a picture: it cannot be scanned and nothing is sent.',
    'devIdp.qr.code': 'Test code: {code}',
    'devIdp.qr.scanned': 'I have scanned the code',
    'devIdp.qr.changeMethod': 'Choose another way to identify yourself',
    'devIdp.person.title': 'Who do you want to log in as?',
    'devIdp.person.caption': 'Identification with {method}',
    'devIdp.person.hint':
      'The test persons are invented. You can also type a personal identity number or coordination number of your own.',
    'devIdp.person.coordinationNumber': 'coordination number',
    'devIdp.person.guardian': 'guardian of {children}',
    'devIdp.person.signatory': 'signatory for {company}',
    'devIdp.person.or': 'or',
    'devIdp.person.other': 'Someone else',
    'devIdp.person.otherLabel': 'Personal identity number or coordination number',
    'devIdp.person.otherHint': 'Twelve digits, for example 19121212-1212.',
    'devIdp.person.submit': 'Log in as test person',
    'devIdp.person.changeMethod': 'Choose another way to identify yourself',
    'devIdp.error.methodRequired': 'Choose how you want to identify yourself',
    'devIdp.error.personRequired': 'Choose a test person or type a personal identity number',
    'devIdp.error.personalNumberRequired': 'Type a personal identity number or coordination number',
    'devIdp.error.personalNumberFormat':
      'Type the personal identity number with twelve digits, for example 19121212-1212',
    'devIdp.error.personalNumberInvalid':
      'The personal identity number is not valid. Check the date and the last digit (the check digit)',
    'devIdp.failure.title': 'The login cannot continue',
    'devIdp.failure.expired':
      'The login took too long, has already finished or was started in another browser. Go back to the e-service and log in again.',
    'devIdp.failure.generic':
      'The test identity service could not complete the request. Go back to the e-service and try again.',
    'devIdp.failure.details': 'Technical details: {details}',
  },
  null,
);
