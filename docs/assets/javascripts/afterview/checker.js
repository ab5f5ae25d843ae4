/* Afterview: the draft checker, a port of afterview/checker.py (the parity tests compare them).
 * Needs render.js (Afterview.text) and reads its rules from window.AFTERVIEW_DATA. */
(function (global) {
  "use strict";
  var Afterview = global.Afterview = global.Afterview || {};
  var EXCERPT_LENGTH = 40;
  // A note is a few hundred words: a longer text is checked on its lines within this many characters.
  var MAX_CHECKED_CHARACTERS = 20000;
  // The jobs a sentence can do, in the order they are tried, and what shows each (as in afterview/rules.py).
  var SENTENCE_ROLES = ["pressure", "pay", "negativity", "signature", "thanks", "closing", "logistics", "moment",
    "interest", "evidence", "other"];
  var ROLE_RULES = {pressure: ["AV501"], pay: ["AV505"], negativity: ["AV507", "AV508", "AV510"]};
  // sentence-model:start (written by `python -m tests.train_sentence_model`)
  var SENTENCE_MODEL = {"min_score":-0.4055,"categories":[{"flag":"pressure","code":"AV501","bias":-6.4127,"weights":{"0 0":-0.66,"0 hours":1.48,"30th of":-0.38,"9th":-0.44,"9th so":-0.44,"<q>":2.21,"a company":-0.37,"a decision":0.69,"a no":0.87,"a relocation":-0.3,"a response":0.63,"a ring":1.02,"a verdict":0.81,"a yes":1.59,"about me":0.9,"accept elsewhere":0.49,"actually":-0.35,"adeyemi":-0.3,"after":-0.4,"after 0":-0.4,"after i":0.63,"afternoon":-0.44,"again as":0.77,"aisha":-0.34,"all":-0.52,"allowance":-0.52,"along":0.79,"along i":0.48,"already":-0.33,"also":-0.37,"am":-0.31,"an":0.36,"an answer":0.58,"an eye":0.33,"an offer":-0.32,"an update":0.46,"and accept":0.51,"and it's":-0.36,"and need":-0.38,"and revert":0.49,"and tell":0.79,"and whether":-0.4,"another company":0.52,"answer":1.85,"answer about":0.55,"answer before":0.64,"answer this":0.45,"answer within":0.44,"any chance":0.32,"any further":-0.47,"any idea":0.39,"any news":0.85,"any other":-0.32,"any way":0.37,"anything":-0.34,"anything about":0.83,"anything else":-0.49,"anything further":-0.32,"application":0.36,"appreciate":0.34,"appreciate a":0.93,"are":-0.39,"are you":0.59,"aren't":0.37,"aren't interested":0.49,"around":0.56,"around indefinitely":0.65,"as i":0.7,"as i'd":0.77,"as two":0.51,"asap":0.52,"asked":-0.44,"asked for":-0.34,"assume":0.94,"assume you":0.49,"at all":-0.62,"attached":-0.5,"available":-0.35,"award":-0.34,"back":0.44,"back from":0.9,"back if":0.46,"be calling":0.56,"be in":0.35,"be meeting":-0.33,"been":0.36,"been 0":0.91,"been made":0.48,"been selected":0.84,"been successful":0.52,"before":0.83,"before my":0.58,"before the":0.75,"before you":1.13,"begging":-0.53,"begging you":-0.47,"best":-0.69,"best wishes":-0.34,"better":-0.35,"bills":0.34,"bills to":0.48,"bit":-0.32,"bonus":-0.64,"business":0.6,"business whether":0.63,"but can":0.42,"by":0.88,"by 30th":-0.38,"by close":0.64,"by eod":0.63,"by friday":0.71,"by monday":0.34,"by now":0.46,"by tomorrow":1.2,"by wednesday":0.99,"call your":0.53,"calling":0.56,"calling your":0.56,"can":0.34,"can i":0.54,"can plan":0.44,"can send":-0.4,"can start":-0.32,"can stop":0.43,"can we":0.48,"can you":0.3,"can't":0.88,"can't hold":0.48,"can't wait":0.41,"candidates":-0.47,"car":-0.49,"card":-0.36,"case it":-0.54,"case you've":0.76,"chance you":0.49,"change":-0.36,"checking":0.6,"checking in":0.76,"cheers":-0.81,"close":0.36,"close of":0.64,"com":-0.45,"come":-0.5,"comes":-0.39,"comes with":-0.39,"company and":-0.4,"company is":0.92,"compared":0.68,"compared notes":0.68,"completely":-0.55,"confirm":0.86,"confirm by":0.77,"confirm my":1.08,"confirm whether":-0.77,"contact":-0.32,"contact me":-0.32,"contract":0.32,"contract by":-0.39,"contract ends":0.71,"contribution":-0.32,"contribution is":-0.32,"could fast":0.59,"could give":0.41,"could i":-0.43,"could tell":0.49,"could you":-0.46,"couple":0.46,"couple of":0.46,"course":-0.4,"crew":-0.31,"current contract":0.71,"cut":0.43,"days":0.68,"days until":0.46,"dear":-0.68,"dear mr":-0.38,"dear ms":-0.39,"decide":0.74,"decide quickly":0.38,"decided":0.87,"decision":1.5,"decision before":0.37,"decision from":0.54,"decision has":0.48,"decision might":-0.36,"decision on":0.51,"decision within":0.48,"did":1.13,"did i":1.0,"did the":0.76,"do":-0.51,"do not":-0.34,"do staff":-0.43,"do update":0.53,"do you":0.57,"do yous":-0.31,"does":-0.75,"does the":-0.73,"don't hear":0.8,"down":-0.34,"dr":-0.32,"due":-0.4,"due course":-0.38,"dying":0.39,"dying to":0.39,"earliest":1.46,"earliest latest":0.4,"either":0.37,"either way":0.37,"else":-0.62,"else i":-0.36,"email":-0.38,"end":1.16,"end of":0.59,"ends":0.71,"ends on":0.71,"eod":0.63,"every":0.36,"every couple":0.46,"every morning":0.45,"every ten":0.82,"example":-0.37,"example com":-0.33,"expect":0.97,"expect a":0.33,"expect an":1.14,"expedite":0.49,"expedite the":0.49,"eye on":0.76,"eye out":-0.39,"eze":-0.41,"faithfully":-0.36,"fast":1.07,"fast as":0.51,"fast track":0.59,"fifth":0.63,"fifth follow":0.69,"final":0.87,"final answer":1.05,"find":0.32,"find attached":-0.4,"find out":1.01,"firm much":0.48,"firms":0.51,"firms want":0.51,"first":-0.43,"flat":-0.34,"follow up":0.34,"for any":-0.39,"for my":-0.3,"for this":-0.35,"for you":0.53,"for your":0.41,"forward":-0.32,"fourth":0.42,"fourth time":0.42,"free":-0.62,"friday at":0.55,"friday whether":0.67,"fridays":-0.37,"from another":-0.43,"from home":-0.38,"from me":-0.35,"from you":0.68,"fuel":-0.32,"fuel card":-0.31,"further":-0.76,"further information":-0.4,"get an":0.56,"get the":0.39,"get your":0.73,"give":0.78,"give you":0.48,"given how":0.48,"going":0.87,"going i'm":0.39,"going through":0.36,"going to":0.78,"good":-0.57,"got":0.7,"got an":-0.38,"got it":1.36,"got the":0.73,"grace":-0.37,"grateful for":0.34,"had":-0.38,"hannah":-0.46,"has the":1.17,"have a":-0.49,"have another":-0.51,"have bills":0.34,"have got":-0.37,"have three":0.45,"have to":0.44,"have two":0.38,"have you":1.77,"have your":0.44,"hear":0.81,"hear back":1.05,"hear by":0.55,"hear from":-0.43,"hear i've":0.71,"help me":0.97,"help the":-0.36,"helps":-0.45,"helps your":-0.45,"hesitate":-0.32,"hesitate to":-0.32,"hi":-0.87,"hire":0.33,"hire me":0.33,"hired":0.59,"hold":0.41,"hold off":0.48,"holding":0.58,"holding off":0.66,"holdup":1.3,"holdup on":1.3,"home":-0.59,"home on":-0.35,"honestly":-0.66,"hope":-0.46,"hoped":-0.36,"hoped to":-0.36,"hours":1.12,"hours given":0.48,"hours or":-0.31,"how soon":0.67,"how well":0.48,"hurry":1.13,"hurry things":0.48,"hurry up":0.66,"i am":-0.31,"i can't":1.19,"i completely":-0.34,"i don't":0.52,"i expect":1.45,"i got":1.0,"i hear":0.75,"i left":0.67,"i make":1.0,"i need":1.63,"i really":-0.57,"i stand":1.18,"i understand":-0.33,"i understood":-0.36,"i wanted":-0.48,"i was":-0.55,"i will":0.45,"i work":-0.41,"i'd appreciate":0.77,"i'd expect":0.48,"i'd like":0.56,"i'll":1.11,"i'll assume":0.8,"i'll be":0.34,"i'll check":0.46,"i'll do":-0.38,"i'll give":0.72,"i'll need":0.5,"i'll return":-0.39,"i'm begging":-0.46,"i'm dying":0.39,"i'm going":0.55,"i'm hired":0.44,"i'm holding":0.66,"i'm hoping":0.68,"i'm in":0.39,"i'm refreshing":0.82,"i'm through":0.63,"i've got":0.96,"i've written":0.42,"idea yet":0.39,"if":0.34,"if any":-0.3,"if i":1.39,"if i'm":0.84,"if i've":0.32,"if not":-0.62,"if that's":0.42,"if the":0.57,"if there":-0.36,"if you":-0.34,"in again":0.77,"in due":-0.38,"in every":0.46,"in my":-0.34,"in or":0.41,"in touch":-0.42,"inbox":0.59,"inbox every":0.74,"include":-0.4,"indefinitely":0.65,"indefinitely for":0.65,"indication":0.36,"indication today":0.36,"information":-0.53,"information you":-0.39,"informed":-0.38,"informed i":-0.38,"interest":0.31,"interest to":0.38,"interested and":0.48,"interview":-0.31,"interviewing":-0.33,"interviewing several":-0.36,"interviews":0.44,"interviews this":0.82,"is matched":-0.32,"is mine":0.9,"is my":0.5,"is ready":0.94,"is there":-0.72,"it a":0.51,"it before":0.71,"it flat":-0.31,"it helps":-0.45,"it is":-0.38,"it went":0.39,"it would":1.17,"it's":0.83,"it's a":0.54,"it's been":0.91,"it's going":0.39,"itself":0.88,"itself on":0.36,"job is":0.9,"job or":0.59,"just checking":0.54,"just following":0.32,"just need":0.44,"just tell":0.97,"just to":-0.39,"keen":-0.39,"keep an":0.37,"keep you":-0.38,"kind":-0.5,"kind regards":-0.39,"kindly":1.08,"kindly confirm":0.94,"kindly expedite":0.49,"kindly revert":0.97,"know":0.4,"know asap":0.38,"know by":1.48,"know in":-0.46,"know plans":-0.31,"know roughly":-0.51,"know today":0.44,"know what":-0.5,"know where":0.44,"know yet":0.81,"know you're":-0.36,"landlord":0.55,"landlord needs":0.55,"last":-0.64,"last week":-0.61,"later":0.87,"later than":0.9,"latest":1.18,"latest by":0.4,"lease":0.55,"leave":-0.56,"left":0.33,"let":-0.6,"let you":-0.49,"longer":1.36,"longer before":1.13,"longer so":0.48,"looks":-0.34,"looks like":-0.34,"ma'am when":0.38,"made up":0.63,"make":1.03,"make a":-0.62,"make me":0.48,"make the":0.97,"make their":0.44,"manager":-0.31,"marcus":-0.47,"matched":-0.33,"may want":0.45,"me after":0.77,"me an":0.32,"me either":0.42,"me i":-0.37,"me if":1.16,"me now":0.43,"me out":0.33,"me some":0.36,"me the":0.98,"me what":-0.42,"me who":-0.33,"me yet":0.58,"meeting":-0.31,"meeting at":-0.33,"mentioned":-0.53,"mentioned you":-0.36,"might":-0.45,"might come":-0.36,"mind":0.33,"mind by":0.63,"minds":0.44,"minds up":0.44,"mine":0.89,"minutes":0.69,"minutes waiting":0.82,"misery":0.48,"misery and":0.48,"monday i'll":0.51,"monday morning":0.75,"monday to":0.53,"month":-0.46,"more":-0.39,"morning":0.98,"morning itself":0.53,"morning to":1.14,"morning until":0.56,"move fast":0.51,"move quickly":0.45,"mr":-0.45,"ms":-0.47,"much for":-0.37,"much longer":1.6,"my answer":-0.39,"my application":0.42,"my fifth":0.69,"my inbox":0.66,"my landlord":0.55,"my last":-0.33,"my misery":0.48,"my month":0.63,"my phone":0.73,"my previous":-0.39,"my references":-0.34,"my selection":1.42,"na po":0.31,"need":1.26,"need a":1.07,"need anything":-0.34,"need this":-0.45,"need to":1.3,"need you":0.48,"need your":0.89,"news":0.56,"news it's":1.01,"next step":-0.33,"next steps":-0.35,"next two":0.44,"next week":-0.35,"no":0.65,"no before":0.45,"no later":0.9,"no so":0.44,"nobody":-0.3,"nod":0.41,"nod by":0.41,"not hesitate":-0.32,"not i":-0.48,"not sure":-0.31,"notes":0.63,"notes yet":0.68,"nothing":-0.42,"now whether":0.43,"nudge":0.44,"nudge the":0.44,"of business":0.64,"of days":0.46,"of results":0.38,"of this":-0.36,"of today":0.58,"of whether":0.35,"off":0.49,"off on":0.66,"off the":0.43,"offer and":-0.4,"offer for":0.66,"offer from":-0.43,"offer me":0.59,"offer quickly":0.48,"offer that":-0.48,"offering":0.59,"offering me":0.59,"office":0.63,"office every":0.56,"office on":0.53,"on another":0.66,"on fridays":-0.37,"on me":0.35,"on my":0.82,"on weekends":-0.49,"on whether":0.99,"on your":0.48,"once":-0.3,"one":-0.4,"or":1.34,"or a":0.37,"or is":-0.38,"or just":-0.33,"or no":0.88,"or not":2.04,"other":1.04,"other firm":0.48,"other firms":0.51,"other interviews":0.82,"otherwise":0.4,"out":0.3,"out for":-0.39,"out the":0.36,"out whether":0.47,"outcome":1.59,"outcome at":0.4,"outcome within":0.49,"over":-0.46,"over to":-0.36,"overtime":-0.59,"overtime after":-0.31,"owner":0.75,"owner say":0.83,"panel":0.42,"panel compared":0.68,"panel reached":0.51,"panel to":0.44,"panel with":-0.36,"pasensya":0.44,"pasensya na":0.44,"pay":-0.92,"pay overtime":-0.31,"pension":-0.32,"pension contribution":-0.32,"people":-0.61,"people this":-0.36,"per":-0.54,"phone":1.0,"phone on":0.75,"phone tonight":0.76,"picked":0.65,"picked someone":0.67,"plan around":0.48,"plan my":0.64,"planning":-0.33,"plans":-0.32,"plans change":-0.31,"please":0.77,"please confirm":0.67,"please find":-0.36,"please hurry":1.13,"please i'm":-0.33,"please just":0.84,"please put":0.48,"please sir":0.46,"po but":0.44,"po is":0.38,"possible":-0.39,"previous":-0.47,"price":-0.32,"priya":-0.42,"probably":-0.38,"process and":0.48,"put me":0.39,"question":-0.32,"quick yes":0.44,"quickly":1.27,"quickly to":0.48,"quite":-0.37,"rate":-0.64,"rather than":0.4,"reached":1.06,"reached a":0.81,"reached its":0.51,"read":-0.31,"ready":0.8,"ready to":0.87,"really help":0.99,"received":-0.37,"reckon":0.41,"reckon you":0.41,"references":-0.38,"refreshing":0.68,"refreshing my":0.74,"regards":-0.74,"release":0.36,"release of":0.38,"relocation":-0.3,"reply":-0.47,"respectfully":-0.44,"response":0.48,"response today":0.69,"result":0.76,"result by":0.53,"results":0.3,"results i":0.38,"return":-0.39,"return the":-0.39,"revert":1.05,"revert to":-0.38,"revert today":0.36,"revert with":0.87,"ring":1.19,"ring tomorrow":0.4,"ring tonight":0.32,"rn":-0.41,"role or":0.67,"room":-0.37,"roughly":-0.59,"roughly when":-0.51,"running":0.43,"rush":-0.32,"salary":-0.55,"sam":-0.38,"say":0.35,"say anything":0.83,"second":-0.46,"second interview":-0.36,"selected":0.82,"selection":1.42,"selection at":1.08,"selection status":0.36,"send":-0.57,"send over":-0.36,"several":-0.36,"several people":-0.36,"share":-0.5,"shift":-0.36,"side":-0.48,"sign me":0.48,"signed":-0.43,"signed contract":-0.39,"since":-0.33,"since another":0.48,"sincerely":-0.8,"sir please":0.53,"so":0.44,"so did":0.97,"so i":-0.39,"so i'd":0.51,"so it":0.38,"so much":-0.43,"so please":1.58,"so you":0.35,"so you'll":0.48,"some":0.35,"some indication":0.36,"someone":0.48,"someone for":0.67,"soon":0.32,"soon will":0.84,"sort":0.4,"sort my":0.41,"speed":0.95,"speed things":0.95,"spot i":0.48,"staff":-0.55,"staff get":-0.43,"stand":0.46,"stand today":0.77,"start":-0.55,"start on":-0.42,"started":-0.3,"status":0.31,"step":-0.33,"steps":-0.38,"still":-0.54,"stop worrying":0.43,"successful":0.52,"successful yet":0.52,"sure you":0.59,"surely":0.63,"surely you've":0.63,"ta":-0.32,"take":-0.45,"tell":0.83,"tell me":1.04,"ten":0.7,"ten minutes":0.8,"than":0.68,"than next":0.45,"than wednesday":0.9,"thanks":-0.48,"thanks again":-0.36,"thanks for":-0.33,"that needs":-0.57,"that's alright":0.46,"the 30th":0.6,"the 9th":-0.44,"the call":-0.48,"the cut":0.97,"the day":0.66,"the decision":0.5,"the earliest":1.46,"the end":0.57,"the final":0.47,"the fourth":0.42,"the holdup":1.3,"the job":0.78,"the latest":0.81,"the lease":0.55,"the nod":0.41,"the other":0.6,"the outcome":1.59,"the owner":0.77,"the panel":0.58,"the pension":-0.32,"the position":0.33,"the release":0.36,"the result":0.53,"the running":0.68,"the salary":-0.34,"the second":-0.42,"the signed":-0.42,"the spot":0.48,"the third":0.4,"the three":-0.3,"the weekend":1.01,"their minds":0.44,"them":-0.41,"them by":-0.39,"then":-0.42,"there":-0.63,"there anything":-0.42,"there's":-0.42,"things":0.33,"things along":0.95,"things stand":-0.58,"things up":0.48,"third":0.39,"third time":0.43,"this chance":-0.37,"this is":0.89,"this job":-0.33,"this month":-0.37,"this position":-0.39,"this week":2.21,"three other":0.45,"three weeks":-0.36,"through":0.3,"time i've":0.42,"time this":0.48,"timeline":-0.51,"times":-0.32,"to be":-0.35,"to contact":-0.32,"to find":1.04,"to get":0.85,"to have":0.37,"to help":-0.36,"to hire":0.48,"to keep":-0.53,"to know":1.28,"to let":-0.69,"to me":-0.38,"to move":0.36,"to offer":0.59,"to plan":0.67,"to revert":-0.38,"to sign":0.48,"to sort":0.41,"to speed":0.48,"to them":-0.38,"today":1.66,"today if":0.44,"today itself":0.36,"today of":0.36,"told":-0.34,"tomorrow":1.55,"tomorrow if":0.57,"tomorrow morning":1.02,"tonight":1.04,"tonight and":0.32,"tonight in":0.76,"touch":-0.42,"track":0.57,"track the":0.59,"two days":0.44,"two other":0.87,"understand i":0.65,"understood":-0.36,"understood a":-0.36,"until":0.84,"until i":1.08,"up":0.49,"up at":-0.32,"up for":0.44,"up on":-0.4,"up so":0.69,"up this":0.44,"up your":0.63,"update me":0.31,"verdict":0.81,"verdict on":0.81,"wait around":0.65,"waiting":0.31,"waiting for":0.81,"want me":0.51,"wanted":-0.49,"wanted to":-0.5,"warm":-0.34,"warm regards":-0.35,"way":0.47,"way it's":0.39,"way to":0.37,"we speed":0.48,"wednesday":0.73,"wednesday my":0.55,"week":0.38,"week on":0.48,"week rather":0.45,"week so":1.08,"weekend":0.7,"weekends":-0.51,"weeks":-0.39,"well it":0.48,"what":-0.63,"what the":-0.53,"what's":0.45,"what's the":0.46,"whatever":-0.34,"when":-0.37,"when can":0.47,"when po":0.38,"when you":-0.81,"where i":0.85,"where things":-0.58,"whether":1.29,"whether a":0.35,"whether i":0.74,"whether i'm":1.01,"whether i've":0.55,"whether it's":0.43,"whether the":-0.89,"whether you're":0.67,"which way":0.39,"who":-0.38,"who i'll":-0.33,"will":0.43,"will be":-0.36,"will call":0.53,"will i":0.84,"will phone":0.75,"wishes":-0.35,"with a":-0.38,"with its":-0.36,"within":1.11,"within 0":0.9,"within the":0.44,"without":-0.34,"work from":-0.35,"worrying":0.43,"would i":-0.54,"would need":0.62,"would really":0.89,"would the":-0.36,"written":0.4,"written so":0.42,"year":-0.4,"years":-0.31,"yes":1.78,"yes or":1.45,"yes so":0.43,"yet":2.52,"yet if":0.81,"yet which":0.39,"you a":0.31,"you aren't":0.49,"you by":0.68,"you confirm":-0.65,"you could":1.26,"you decide":0.94,"you expect":-0.7,"you going":0.59,"you have":-0.34,"you hoped":-0.36,"you in":-0.41,"you informed":-0.38,"you may":0.41,"you mentioned":-0.44,"you need":-1.03,"you no":0.9,"you nudge":0.44,"you picked":0.67,"you reached":0.81,"you tell":-0.67,"you understand":0.65,"you'd":-0.34,"you'll":0.68,"you'll need":0.97,"you're interviewing":-0.36,"you're offering":0.67,"you've":1.05,"you've decided":0.76,"you've made":0.63,"your answer":1.34,"your call":0.78,"your decision":0.59,"your end":1.28,"your final":0.62,"your interest":0.38,"your mind":0.63,"your office":0.85,"your planning":-0.44,"your side":-0.3,"your team":-0.33,"your timeline":-0.33,"yours":-0.66,"yours faithfully":-0.36,"yous":-0.31,"yous pay":-0.31}},{"flag":"silence-complaint","code":"AV508","bias":-6.5691,"weights":{"0 0":-0.47,"<q>":-0.56,"a bit":2.27,"a black":0.63,"a little":0.79,"a minute":0.47,"a nightmare":-0.3,"a one":0.61,"a peep":0.43,"a quick":0.38,"a record":-0.45,"a reply":0.69,"a shame":0.71,"a short":0.57,"a word":0.49,"acknowledgement":0.68,"acknowledgement by":0.68,"adeyemi":-0.31,"admit":0.42,"admit i":0.42,"after":0.96,"after everything":0.47,"after four":0.35,"after i":0.36,"after my":0.62,"after the":0.52,"again":-0.35,"aisha":-0.33,"am quite":0.58,"an":0.58,"an acknowledgement":0.68,"an automated":0.48,"an organisation":0.87,"and frankly":0.7,"and heard":0.44,"and not":0.75,"and still":0.77,"another":-0.37,"any communication":0.32,"any information":0.49,"any news":-0.34,"anything":0.56,"anything has":0.39,"anything in":0.56,"applicants":0.51,"application":0.62,"application has":0.63,"as":-0.4,"ask for":0.68,"assume":-0.52,"at least":0.99,"attached":-0.39,"automated":0.47,"automated reply":0.48,"availability":-0.37,"availability since":-0.34,"back":1.09,"back and":0.62,"back has":0.3,"back to":0.46,"back which":0.44,"be a":-0.4,"be honest":0.36,"be kept":0.7,"be left":0.88,"been":1.4,"been checking":0.81,"been courteous":1.13,"been disappointing":0.42,"been hard":0.69,"been in":0.49,"been pretty":0.46,"been read":-0.34,"been really":0.85,"being":0.68,"being kept":0.53,"being left":0.57,"best":-0.67,"best wishes":-0.35,"better":0.75,"better communication":0.87,"bit":2.12,"bit forgotten":0.37,"bit gutted":0.49,"bit hurtful":0.43,"bit ignored":0.49,"bit of":-0.31,"bit rough":0.43,"black":0.61,"black hole":0.63,"bothered":0.58,"bothered to":0.58,"busy but":0.53,"busy to":-0.31,"but being":0.53,"by friday":-0.32,"by now":1.59,"calls":0.38,"can":-0.3,"candidates":1.08,"candidates deserve":0.34,"candidates know":0.63,"candidates waiting":0.32,"checked":0.35,"checked my":0.38,"checking":0.62,"checking my":0.75,"cheers":-0.8,"com":-0.47,"communication":1.07,"communication from":0.87,"confidence":0.57,"could spare":0.47,"courteous":1.13,"courteous even":0.49,"courteous to":0.66,"courtesy":0.74,"courtesy of":0.74,"current":-0.59,"dark":0.61,"dark for":0.4,"day":0.32,"day and":0.64,"dear":-0.63,"dear mr":-0.37,"dear ms":-0.38,"decided":-0.34,"decision":-0.38,"deserve":0.34,"deserve at":0.34,"disappointed":0.55,"disappointed that":0.56,"disappointing":2.05,"disappointing ma":0.42,"disappointing that":0.4,"discouraging":0.93,"discouraging to":0.52,"disheartening":0.86,"disheartening to":0.4,"do":-0.32,"don't":-0.31,"down":0.3,"down by":0.39,"down not":0.48,"dr":-0.3,"drove":0.37,"drove three":0.43,"email":0.35,"email wasn't":0.7,"emailed":0.44,"emailed twice":0.44,"emails":0.38,"emails before":0.58,"employer":-0.36,"employer has":-0.32,"even":0.86,"even an":0.48,"even for":-0.45,"even if":0.49,"even to":0.58,"every day":1.12,"everything i":0.42,"exactly":-0.32,"example":-0.36,"example com":-0.32,"expected":0.86,"expected better":0.87,"eze":-0.38,"faithfully":-0.44,"fallen":0.63,"fallen into":0.63,"feel":1.2,"feel a":0.79,"feel ignored":0.89,"feeling":0.36,"feeling rather":0.39,"feels":0.78,"feels a":0.31,"feels like":0.5,"felt a":0.42,"final":0.35,"final round":0.57,"find it":0.4,"first":-0.31,"followed":0.4,"followed up":0.4,"for at":0.56,"for hr":-0.45,"for this":0.51,"for weeks":0.53,"forgotten":0.73,"forgotten after":0.42,"forgotten i've":0.38,"frankly":0.62,"frankly it's":0.7,"friday":-0.38,"from an":0.82,"from hr":1.04,"from you":-0.37,"frustrating":0.34,"get even":0.48,"going":-0.31,"good":-0.62,"good day":-0.31,"got back":0.67,"grace":-0.36,"gutted":0.49,"gutted nobody's":0.49,"hanging":0.99,"hanging after":0.57,"hanging when":0.43,"hannah":-0.45,"hard":0.88,"hard on":0.8,"has":1.9,"has been":0.93,"has bothered":0.58,"has fallen":0.63,"has followed":0.4,"has got":0.67,"has honestly":0.3,"has left":0.39,"has stayed":-0.34,"have a":-0.32,"have been":0.38,"have thought":0.7,"have to":0.33,"haven't":0.56,"haven't heard":0.56,"hear":0.36,"hear back":0.44,"hear last":0.43,"hear nothing":0.46,"heard":0.87,"heard anything":0.56,"heard nothing":0.44,"hearing a":0.43,"hearing anything":0.6,"hearing back":0.3,"hi":-0.83,"hole":0.63,"honest":0.36,"honestly":0.83,"honestly been":0.3,"honestly disappointed":0.56,"honestly feel":0.38,"hope":-0.33,"hoping":0.53,"hoping for":0.98,"hoping to":-0.31,"hours for":0.43,"hr":0.54,"hr has":0.58,"hr side":0.49,"hurtful":0.43,"hurtful to":0.43,"i drove":0.37,"i feel":0.4,"i felt":0.4,"i find":0.4,"i have":-0.34,"i haven't":0.56,"i know":-0.36,"i left":-0.32,"i must":0.39,"i put":0.7,"i was":0.83,"i'd expected":0.87,"i'd have":0.7,"i'd hear":0.93,"i'd like":-0.3,"i'll":-0.51,"i'm a":0.49,"i'm honestly":0.56,"i'm sad":0.34,"i'm starting":0.89,"i'm still":0.33,"i'm sure":-0.41,"i've checked":0.38,"i've emailed":0.44,"idea":-0.34,"if":-0.33,"if it":0.3,"ignored":1.36,"ignored after":0.89,"ignored tbh":0.49,"in limbo":0.53,"in over":0.56,"inbox":0.48,"information":0.38,"information from":0.49,"interview has":0.71,"into that":0.47,"is disappointing":0.63,"is hard":0.53,"is pretty":0.47,"is quite":0.7,"is the":-0.37,"is very":0.45,"it disappointing":0.4,"it feels":0.9,"it is":1.08,"it seems":-0.34,"it would":0.49,"it's":1.49,"it's a":0.63,"it's disappointing":0.7,"it's now":0.51,"it's quite":0.6,"its been":0.35,"job":-0.33,"just":-0.55,"just a":-0.39,"keep candidates":0.32,"kept":0.94,"kept in":0.74,"kept waiting":0.49,"kind":-0.39,"kind regards":-0.39,"knocked":0.57,"knocked my":0.57,"know where":0.51,"last two":0.54,"least":0.95,"least a":0.45,"least an":0.68,"left":1.14,"left hanging":0.99,"left in":0.4,"left me":0.39,"lesson":0.36,"lesson is":0.47,"let":0.33,"let candidates":0.63,"let down":0.85,"like my":0.62,"like yours":0.87,"limbo":0.53,"limbo for":0.53,"line":0.48,"line email":0.7,"little":0.74,"little forgotten":0.42,"little let":0.48,"long":1.46,"long silence":0.42,"long without":0.8,"lot":-0.37,"lovely":-0.34,"ma":0.32,"ma'am":-0.31,"made":-0.3,"manager":-0.35,"marcus":-0.45,"may":-0.42,"may not":-0.43,"me feeling":0.39,"me since":0.48,"message":-0.36,"message may":-0.34,"messages":0.51,"minute":0.43,"minute to":0.47,"monday and":0.36,"mr":-0.44,"ms":-0.46,"much to":0.78,"must be":-0.45,"must say":0.42,"my application":0.44,"my availability":-0.37,"my calls":0.41,"my confidence":0.57,"my current":-0.58,"my inbox":0.5,"my phone":0.66,"my previous":-0.38,"my two":0.54,"need":-0.32,"news at":0.38,"news has":0.32,"next":-0.35,"nice to":0.32,"nightmare":-0.3,"no":0.73,"no news":0.69,"no one":0.6,"no rush":-0.31,"no update":0.49,"no word":0.42,"nobody":1.96,"nobody could":0.47,"nobody from":0.58,"nobody has":0.72,"nobody replied":0.58,"nobody's":0.49,"nobody's been":0.49,"not":0.64,"not a":0.52,"not have":-0.43,"not hearing":1.29,"not nice":0.32,"not to":0.76,"note":-0.34,"nothing":1.42,"nothing back":0.44,"nothing for":0.46,"now":1.05,"now and":0.44,"now thursday":0.38,"of a":0.31,"offer":-0.3,"on applicants":0.53,"one":0.44,"one has":0.6,"one line":0.7,"only":-0.4,"or":-0.44,"organisation":0.84,"organisation like":0.87,"our chat":0.41,"over three":0.56,"painful":0.7,"painful to":0.7,"peep":0.43,"peep after":0.43,"phone":0.44,"phone every":0.81,"please":-0.44,"po":-0.36,"possible":-0.3,"pretty":0.77,"pretty discouraging":0.46,"pretty disheartening":0.47,"previous":-0.38,"previous message":-0.34,"price":-0.33,"priya":-0.38,"put into":0.7,"quick":0.33,"quick reply":0.49,"quite":1.6,"quite disheartening":0.4,"quite sad":0.58,"quite upsetting":0.52,"rather let":0.39,"read":-0.56,"really hoping":0.61,"really knocked":0.57,"really stressful":0.3,"received one":0.34,"record":-0.46,"record even":-0.45,"regards":-0.73,"replied":0.58,"replied even":0.58,"reply":1.67,"reply and":0.34,"reply by":0.5,"reply would":0.72,"resending":-0.5,"resending my":-0.38,"respectfully":-0.47,"rn":-0.41,"rough":0.4,"rough not":0.43,"round really":0.57,"rush":-0.31,"sad":0.9,"sad not":0.34,"sad that":0.58,"said i'd":0.43,"sam":-0.37,"say the":0.42,"seems":-0.35,"seems my":-0.34,"shame":0.71,"shame nobody":0.71,"short":0.39,"short reply":0.57,"side":0.33,"silence":1.24,"silence since":0.98,"since":0.32,"since it":-0.43,"since our":0.78,"since the":0.87,"sincerely":-0.82,"sir it":0.49,"so long":0.49,"soon":-0.35,"spare":0.34,"spare a":0.47,"stand":0.35,"starting":0.73,"starting to":0.89,"stayed":-0.33,"stayed with":-0.33,"still nothing":0.81,"still waiting":0.48,"stressful":0.3,"sure":-0.46,"sure you've":-0.39,"ta":-0.31,"tbh":0.49,"tbh nobody":0.49,"than":-0.38,"thanks":-0.42,"thanks again":-0.3,"that lesson":0.47,"that no":0.4,"that nobody":0.58,"the courtesy":0.74,"the dark":0.61,"the final":0.4,"the long":0.38,"the silence":0.61,"there":-0.3,"things stand":0.45,"this long":0.75,"thought":0.68,"thought a":0.7,"three":0.85,"three hours":0.43,"three weeks":1.14,"thursday with":0.38,"to admit":0.42,"to ask":0.37,"to be":0.46,"to feel":0.89,"to get":0.42,"to me":0.5,"to my":0.53,"to update":0.71,"to wait":0.44,"told":0.39,"told i'd":0.51,"too":0.35,"too busy":-0.31,"too much":0.7,"touch since":0.49,"twice now":0.44,"two emails":0.46,"two messages":0.76,"understand you're":0.53,"up since":0.4,"update":0.8,"update me":0.68,"upsetting":0.78,"upsetting to":0.52,"very painful":0.49,"wait":0.56,"wait so":0.49,"waiting":0.95,"waiting this":0.36,"waiting to":0.5,"waiting with":0.49,"warm":-0.33,"warm regards":-0.34,"was hoping":0.49,"was really":0.57,"was told":0.51,"wasn't":0.62,"wasn't too":0.7,"we":-0.33,"weekend":-0.37,"weeks":0.99,"weeks and":0.44,"weeks is":0.53,"weeks must":-0.45,"weeks with":0.37,"what":-0.31,"where things":0.45,"which":0.58,"which is":0.83,"wishes":-0.38,"with no":1.4,"without":0.94,"without any":0.84,"word":1.03,"word after":0.49,"would have":1.35,"wow":-0.45,"wow three":-0.45,"years":-0.33,"yesterday":-0.38,"you said":0.39,"you're busy":0.53,"you've":-0.46,"yours faithfully":-0.44}},{"flag":"passive-aggressive","code":"AV508","bias":-6.5394,"weights":{"0 0":-0.52,"0 staff":0.55,"1st":0.43,"3rd which":0.49,"a decision":-0.36,"a polite":0.99,"a quick":-0.31,"a record":0.96,"a response":0.52,"a sign":0.63,"accounts":-0.5,"accounts payable":-0.48,"actually":2.1,"actually gets":0.66,"actually reaches":1.08,"actually read":0.5,"actually received":0.63,"adeyemi":-0.34,"advance":1.11,"advance for":1.11,"after":-0.54,"afternoon":-0.32,"again":0.56,"again for":-0.38,"again i":0.42,"again since":0.43,"again to":0.65,"aisha":-0.33,"all":-0.46,"already":1.29,"already answered":0.68,"already attached":0.4,"already explained":0.57,"am cpa":0.57,"am following":0.69,"an":-0.39,"and frankly":-0.32,"answer the":0.65,"answered":0.68,"answered this":0.68,"any day":0.46,"apparently":0.53,"apparently the":0.53,"application":0.58,"application this":0.63,"appreciate":-0.5,"april":-0.34,"are already":0.4,"are attached":0.43,"as":0.65,"as i":1.24,"as i've":1.36,"as requested":-0.36,"as stated":0.96,"as we":0.34,"asked about":0.74,"asked for":-0.35,"assume":0.84,"assume got":0.49,"assume you're":0.45,"at my":-0.45,"at your":0.6,"attached":-0.35,"attached at":0.47,"attached my":-0.32,"attached the":-0.43,"attaching":0.62,"attaching my":0.62,"attachment":0.5,"attachment didn't":0.53,"availability":0.37,"availability since":0.45,"available":1.84,"available any":0.59,"available for":0.35,"available from":0.48,"back":0.58,"back and":-0.32,"back to":0.99,"be a":0.66,"be clear":0.65,"be my":-0.4,"because i":0.43,"been made":-0.31,"been read":0.45,"been too":0.42,"been waiting":0.74,"before i":0.91,"below i":0.68,"best":-0.67,"best wishes":-0.33,"both from":-0.31,"both know":0.5,"bottom":0.41,"bottom of":0.47,"buried":0.49,"buried i":0.49,"busy":1.26,"busy since":0.52,"busy so":0.39,"busy to":0.7,"but":0.37,"but i'll":0.63,"by":-0.3,"can start":0.53,"candidates":-0.32,"care":-0.36,"case":0.81,"case it":0.85,"case it's":0.62,"certificate":-0.3,"check":-0.31,"checking you":0.63,"cheers":-0.8,"clarity":0.63,"clear":0.5,"clear i":0.65,"com":-0.5,"communication":0.47,"communication works":0.67,"confusion":0.49,"conversation":-0.32,"could":-0.35,"course":0.6,"course i've":0.74,"cpa":0.57,"cpa qualified":0.57,"cv":1.2,"cv for":0.62,"cv i":-0.47,"cv in":0.78,"date":0.39,"day this":0.5,"dear":-0.64,"dear mr":-0.37,"dear ms":-0.38,"decided":-0.37,"deciding same":0.3,"decision":-0.36,"decision has":-0.31,"did":0.59,"did answer":0.65,"did mention":0.63,"didn't":0.55,"didn't get":0.53,"disappointing":-0.6,"do":-0.4,"during":0.39,"during the":0.7,"earlier":1.05,"earlier email":0.44,"earlier messages":0.42,"email":1.95,"email because":0.44,"email i'm":0.6,"email of":0.49,"email reached":0.49,"email will":0.54,"emails":1.4,"emails i":0.45,"emails my":0.47,"employer":-0.49,"ended":0.53,"ended up":0.64,"even":0.31,"even for":0.92,"example":-0.34,"example com":-0.31,"experience":-0.39,"experience in":-0.47,"explained":1.35,"explained in":0.47,"explained more":0.63,"explained twice":0.57,"extremely":0.39,"extremely busy":0.39,"eze":-0.38,"faithfully":-0.35,"feel":-0.4,"finally":1.11,"finally getting":1.11,"find":-0.52,"first attachment":0.53,"floating":0.66,"floating this":0.66,"folder":0.64,"follow":1.01,"follow up":1.09,"following":1.34,"following up":1.62,"for 0":0.52,"for a":-0.39,"for both":-0.31,"for clarity":0.63,"for finally":1.11,"for hr":0.96,"for now":-0.4,"forklift":-0.36,"four":-0.33,"four years":-0.48,"frankly":-0.35,"frankly it's":-0.32,"from last":0.9,"gap":0.57,"gap in":0.64,"get opened":0.53,"gets":0.62,"gets a":0.66,"getting":0.85,"getting back":1.11,"going back":0.49,"gone":0.61,"gone missing":0.62,"good":-0.47,"got buried":0.49,"grace":-0.36,"great":-0.31,"had asked":0.49,"hannah":-0.46,"has":-0.71,"has been":-0.54,"have already":0.66,"have been":0.31,"have four":-0.47,"have vanished":0.44,"hear back":-0.48,"heard back":0.44,"here":0.7,"here it":0.72,"hi":-0.83,"hold a":-0.31,"hold the":0.57,"honestly":-0.48,"hope this":0.95,"hopefully":1.14,"hopefully this":1.14,"how communication":0.67,"hr":0.68,"i assume":1.2,"i did":0.93,"i explained":1.09,"i had":0.35,"i have":-0.41,"i hope":-0.3,"i know":-0.38,"i left":-0.31,"i mentioned":0.69,"i never":0.44,"i remain":0.49,"i said":0.67,"i will":-0.41,"i'd":-0.33,"i'll":0.59,"i'll keep":0.45,"i'll repeat":0.63,"i'll take":0.88,"i'm available":1.27,"i'm not":-0.4,"i'm resending":0.44,"i'm still":0.63,"i'm sure":0.4,"i've already":0.43,"i've attached":-0.43,"i've been":-0.37,"i've now":0.97,"i've only":0.73,"i've run":0.51,"if my":0.96,"in accounts":-0.47,"in advance":1.11,"in case":1.19,"in my":0.46,"in writing":0.49,"in your":0.42,"inbox":0.75,"inbox again":0.86,"interview but":0.63,"interview i":0.33,"interview i've":0.54,"is":-0.34,"is once":0.49,"is the":-0.32,"it for":0.57,"it is":0.41,"it seems":0.66,"it's disappointing":-0.32,"it's gone":0.62,"job":-0.42,"just":1.28,"just a":0.65,"just checking":0.39,"just floating":0.66,"just to":0.72,"keen":-0.38,"keep this":0.68,"kind":-0.44,"kind regards":-0.38,"kindly refer":0.68,"know from":0.5,"last":0.76,"last email":0.69,"last employer":-0.34,"last note":0.34,"last one":0.54,"last time":0.39,"last two":1.13,"last week":0.35,"left":-0.38,"licence you":0.57,"like i":0.51,"like last":0.39,"long":-0.33,"looking":-0.33,"lost":0.85,"lost again":0.78,"ma'am":-0.32,"made":-0.3,"mail":0.48,"mail below":0.68,"managers":-0.31,"march":0.34,"marcus":-0.48,"may not":0.53,"mean you're":0.3,"mention":0.61,"mention this":0.63,"mentioned":0.62,"mentioned in":0.45,"mentioned twice":1.14,"message":0.57,"message may":0.45,"messages":0.96,"messages ended":0.64,"missing":0.59,"missing again":0.62,"monday":0.57,"monday i":0.87,"month":-0.35,"more than":0.63,"morning":-0.35,"mr":-0.44,"ms":-0.46,"much":-0.32,"must":0.81,"must be":0.96,"my application":0.66,"my availability":0.37,"my cv":1.29,"my earlier":1.16,"my follow":0.9,"my last":0.78,"my phone":-0.44,"my previous":1.41,"my references":0.82,"my voicemail":0.9,"need":-0.4,"never":0.32,"never heard":0.44,"next":-0.3,"no confusion":0.49,"no rush":0.62,"nobody":-0.38,"not have":0.63,"not sure":0.81,"note for":-0.4,"note i'm":0.56,"note went":0.52,"now mentioned":0.58,"now said":0.4,"nurses":-0.3,"of course":0.74,"of experience":-0.47,"of how":0.48,"of this":0.4,"of your":0.57,"old":-0.32,"on monday":0.99,"on whether":-0.33,"once":0.9,"once again":0.32,"once during":0.63,"one":0.36,"one actually":1.71,"only been":0.74,"opened":0.5,"our":-0.46,"payable":-0.48,"payroll":0.54,"payroll for":0.6,"per":0.61,"per my":0.88,"perhaps":0.64,"perhaps my":0.64,"person":0.48,"person unlike":0.54,"phone in":0.49,"please":-0.65,"po":-0.35,"polite":0.99,"polite reminder":0.99,"portal":-0.35,"portal as":-0.32,"previous":1.47,"previous email":0.6,"previous message":0.45,"previous messages":0.64,"previous note":0.56,"price":-0.31,"priya":-0.36,"qualified":0.48,"question":0.42,"question about":0.34,"quick":-0.36,"quite":-0.36,"reach":0.45,"reach the":0.54,"reached":0.63,"reached you":0.73,"reaches":1.04,"reaches you":1.08,"read":1.26,"read it":0.5,"really":-0.34,"reattaching":0.78,"reattaching my":0.78,"received":0.4,"received my":0.59,"record":0.57,"record even":0.96,"refer":0.68,"refer to":0.68,"references":0.44,"references are":0.65,"references since":0.53,"references you":-0.31,"regards":-0.72,"remain":0.49,"remain available":0.77,"reminder":0.95,"reminder that":0.97,"repeat":1.29,"repeat it":0.63,"repeat what":0.75,"reply to":0.3,"requested":-0.4,"resending":1.9,"resending my":1.38,"resending this":0.59,"respectfully":-0.44,"response":0.4,"right":0.37,"right person":0.54,"rn":-0.41,"run payroll":0.63,"rush":0.51,"rush of":0.73,"said":0.94,"said on":0.57,"said twice":0.4,"sam":-0.37,"same as":0.3,"say":-0.42,"second round":0.36,"seems":0.85,"seems my":0.45,"seems to":0.43,"sent on":0.53,"shift":-0.32,"short":0.45,"short like":0.39,"sign":0.56,"sign of":0.67,"silence":0.66,"silence as":0.67,"silence to":0.3,"simply":0.42,"simply been":0.42,"since":1.17,"since apparently":0.53,"since it":0.91,"since march":0.74,"since my":1.11,"since we":-0.36,"sincerely":-0.79,"sir":-0.31,"so here":0.72,"so i'll":0.39,"so there's":0.49,"someone":0.4,"someone will":0.5,"soon":-0.48,"spam":0.64,"spam folder":0.64,"speak":-0.32,"spoke":-0.37,"start date":0.43,"start on":0.53,"starting":-0.31,"stated":0.96,"stated twice":0.96,"status":0.61,"status of":0.69,"still":0.32,"still deciding":0.3,"still interested":0.45,"still waiting":0.86,"sure":1.01,"sure if":0.96,"sure you're":0.39,"sure you've":0.43,"ta":-0.32,"take the":0.91,"than once":0.63,"thanks":-0.37,"thanks again":-0.71,"thanks in":1.11,"that i":-0.34,"that i'm":0.96,"the 1st":0.43,"the 3rd":0.31,"the bottom":0.47,"the follow":0.53,"the gap":0.58,"the last":0.61,"the licence":0.57,"the phone":0.39,"the portal":-0.32,"the question":0.34,"the references":-0.31,"the right":0.52,"the second":0.33,"the silence":0.83,"the start":0.46,"the status":0.69,"the top":0.85,"the trailing":0.68,"there's no":0.49,"third time":0.31,"this":0.76,"this email":0.54,"this in":0.99,"this is":-0.33,"this job":-0.42,"this one":1.51,"this question":0.68,"this short":0.68,"this thread":0.47,"this time":1.46,"this to":0.86,"this will":-0.4,"thread":0.47,"three weeks":0.58,"time in":0.62,"time so":0.49,"time someone":0.5,"time this":-0.31,"to have":0.4,"to me":0.49,"to mean":0.3,"to my":0.33,"to repeat":0.75,"today":-0.36,"too":0.6,"too busy":0.7,"top":0.69,"top of":0.77,"trailing":0.68,"trailing mail":0.68,"tuesday":-0.3,"twice":2.46,"twice before":0.88,"twice during":0.57,"twice i":0.57,"twice i'm":0.58,"twice my":0.4,"two emails":0.76,"two managers":-0.31,"two times":0.39,"unanswered":0.52,"understand":-0.31,"unlike my":-0.39,"unlike the":0.51,"up":0.35,"up for":-0.31,"up from":0.88,"up i":0.53,"up in":0.6,"up on":1.56,"vanished":0.44,"very busy":0.5,"voicemail":0.9,"voicemail on":0.9,"waiting":1.12,"waiting since":0.74,"waiting to":0.66,"warm":-0.35,"warm regards":-0.34,"was a":-0.34,"was lost":0.78,"we both":0.5,"we spoke":-0.37,"week on":-0.31,"weekend":-0.3,"weeks must":0.96,"well":-0.45,"went unanswered":0.52,"what i":0.44,"when":-0.34,"whether":-0.39,"whether a":-0.34,"which i":0.66,"will actually":0.5,"will be":-0.42,"will reach":0.54,"will start":-0.31,"wishes":-0.34,"with the":-0.33,"works":0.54,"works at":0.67,"wow":0.96,"wow three":0.96,"writing":0.4,"writing this":0.49,"year":-0.33,"years":-0.34,"years of":-0.33,"you well":-0.38,"you're":0.58,"you're extremely":0.39,"you're still":0.3,"you're very":0.52,"you've simply":0.42,"your company":0.64,"your inbox":0.86,"your spam":0.64,"yours":-0.66,"yours faithfully":-0.35}},{"flag":"badmouth","code":"AV510","bias":-6.4394,"weights":{"0":-0.34,"0 0":-0.46,"<q>":-0.51,"a bigger":-0.49,"a bit":-0.4,"a boss":0.32,"a breath":0.57,"a bully":0.78,"a change":0.59,"a clueless":0.63,"a crook":0.5,"a gm":0.48,"a great":-0.52,"a highlight":-0.34,"a joke":0.33,"a lead":-0.47,"a lunchtime":-0.34,"a nightmare":1.14,"a place":-0.46,"a relief":0.95,"a roster":0.45,"a shambles":1.33,"a similar":-0.38,"a team":0.39,"a tl":-0.46,"a truck":0.49,"a unit":0.34,"about 0":-0.36,"about billable":0.52,"about tests":0.38,"account":-0.55,"account at":-0.46,"actually":0.69,"actually seem":0.64,"adeyemi":-0.33,"after four":0.61,"after three":0.44,"after years":0.32,"again":-0.34,"agency":0.95,"agency i":0.95,"air":0.55,"aisha":-0.36,"all day":1.38,"all over":-0.38,"am is":0.76,"an":-0.32,"and cut":-0.42,"and dishonest":0.51,"and everyone":0.59,"and get":0.85,"and he":-0.36,"and left":0.48,"and nobody":0.79,"and shout":0.48,"and treat":0.3,"answers":-0.46,"answers were":-0.41,"any modern":0.51,"appealed":0.58,"appealed to":0.58,"applying":0.72,"approach":0.5,"approach was":0.63,"are":0.39,"are completely":0.66,"are cowboys":0.43,"are lazy":0.48,"as":-0.41,"as a":-0.48,"at everyone":0.32,"at had":0.47,"at kessler":-0.36,"at my":1.19,"at now":1.27,"at staff":0.48,"at telvora":-0.46,"attached":-0.66,"away from":0.46,"awful":0.47,"awful leadership":0.47,"back":-0.34,"backed":0.42,"backed us":0.47,"backward":0.51,"backward and":0.51,"badly":0.88,"badly run":0.93,"because my":0.31,"because the":-0.36,"because their":0.51,"been":-0.3,"been a":0.72,"been very":-0.47,"belittles":0.95,"belittles the":0.95,"best":-0.75,"best wishes":-0.33,"bigger":-0.49,"bigger team":-0.49,"billable":0.52,"billable hours":0.52,"bit":-0.45,"boss":2.18,"boss at":-0.49,"boss has":0.59,"boss is":0.31,"boss na":0.46,"boss takes":0.46,"boss took":0.56,"boss who":0.32,"bottom":0.48,"brake":0.35,"brake jobs":0.35,"breath":0.57,"breath of":0.57,"broke":0.46,"broke down":0.49,"builders":-0.36,"builders taught":-0.36,"bully":0.78,"bully and":0.77,"cafe":0.55,"cafe i":0.37,"calm":0.56,"calm style":0.32,"campaign":-0.49,"campaign ended":-0.46,"can grow":-0.46,"can see":0.47,"care":0.42,"care about":0.32,"care for":0.31,"care in":-0.36,"care less":0.62,"cared":0.52,"cared about":0.52,"cares":0.34,"cares about":0.38,"change":0.43,"changeover":-0.32,"changeover at":-0.32,"cheapskates":0.36,"cheapskates who":0.36,"check":-0.72,"check twice":-0.36,"check with":-0.38,"cheers":-0.84,"clinic":0.32,"clinic just":0.55,"closing":-0.33,"closing in":-0.33,"club":-0.45,"club that":-0.34,"clueless":0.62,"clueless director":0.63,"co workers":0.46,"coast":0.34,"code":0.4,"code and":0.38,"colleagues":0.77,"colleagues gossip":0.85,"com":-0.44,"company":1.04,"company is":0.48,"company only":0.52,"company the":0.31,"company was":0.81,"completely":0.72,"completely out":0.66,"completely useless":0.39,"constantly":0.95,"constantly belittles":0.95,"corner":0.36,"corner going":0.45,"corners":0.84,"corners everywhere":0.5,"corners on":0.36,"couldn't":1.61,"couldn't care":0.62,"couldn't organise":0.65,"couldn't write":0.34,"cover for":0.48,"covering":0.89,"covering for":0.89,"cowboys":0.43,"cowboys who":0.35,"credit":0.41,"credit for":1.01,"crew at":0.47,"crook":0.5,"crook who":0.5,"culture":0.38,"culture was":0.51,"current":1.42,"current boss":0.46,"current employer":0.78,"current head":-0.38,"current job":-0.66,"current lab":-0.32,"current manager":1.3,"current site":0.51,"current store":0.46,"current team":0.96,"customers":0.31,"cut":0.44,"cut corners":0.84,"cut every":0.45,"cut once":-0.36,"day and":0.78,"dear":-0.67,"dear mr":-0.38,"dear ms":-0.4,"debate":-0.34,"debate club":-0.34,"department":0.54,"department is":1.12,"department whenever":-0.38,"depot":0.31,"depot treats":0.48,"desperate":0.74,"desperate to":0.81,"developers":0.34,"developers on":0.34,"did":-0.32,"director":0.62,"director your":0.63,"dirt":0.94,"dirt so":0.51,"dishonest":0.51,"do":-0.56,"do the":-0.37,"doing":0.33,"don't":0.57,"don't know":0.46,"don't pay":0.48,"done":0.53,"down on":0.49,"dr":-0.33,"drivers":0.4,"drivers like":0.44,"email":-0.3,"employer":1.5,"employer has":0.75,"employer treated":0.72,"employer was":-0.48,"employer you":0.64,"ended":-0.46,"ended and":-0.46,"every corner":0.45,"every worksheet":0.55,"everyone":0.6,"everyone knows":0.59,"everyone your":0.32,"everything":0.62,"everything i":0.53,"everything our":0.46,"everywhere":0.5,"example":-0.42,"example com":-0.33,"eze":-0.4,"faithfully":-0.36,"favourites":0.48,"favourites your":0.48,"felt":0.38,"felt like":0.47,"firm":0.38,"firm was":0.58,"fixed":0.49,"fixed a":0.49,"foods":0.48,"foods because":0.51,"for a":-0.52,"for everything":0.7,"for him":0.48,"for lazy":0.46,"for profit":0.31,"for them":0.44,"for treated":0.44,"for treats":0.69,"forty":-0.38,"four students":-0.34,"four years":0.5,"frankly":0.89,"frankly the":0.59,"frankly useless":0.34,"free":-0.34,"fresh":0.48,"fresh air":0.57,"from four":-0.35,"from top":0.49,"front of":0.37,"furniture":0.67,"garbage":0.38,"garbage code":0.38,"get away":0.51,"get nothing":0.85,"girls":0.55,"girls at":0.55,"gm":0.5,"gm who":0.48,"going and":0.45,"good":-0.54,"gossip":0.85,"gossip all":0.85,"gossiped":0.55,"gossiped all":0.55,"got":-0.45,"grace":-0.39,"grateful":-0.42,"great":-0.49,"great place":-0.48,"grew":-0.37,"grew from":-0.34,"grow":-0.45,"grow as":-0.46,"had awful":0.47,"half":0.39,"half the":0.52,"hannah":-0.48,"happy":-0.43,"happy to":-0.43,"has":0.33,"has no":0.7,"has zero":0.59,"haulage":0.48,"haulage never":0.49,"have":-0.33,"he":-0.38,"he was":-0.36,"head":1.01,"head never":0.47,"head of":0.7,"hi":-0.86,"highlight":-0.36,"him":0.37,"his":0.39,"his life":0.54,"honestly":1.01,"honestly my":0.97,"honestly the":0.84,"hope":-0.44,"hospital":0.32,"hospital i'm":0.67,"how to":0.35,"hr":-0.36,"i built":0.43,"i can":-0.46,"i know":-0.31,"i left":-0.53,"i only":0.51,"i ran":-0.42,"i run":-0.36,"i said":-0.45,"i saw":-0.37,"i started":-0.34,"i taught":0.44,"i temp":0.69,"i work":1.49,"i worked":0.39,"i'd":-0.35,"i'll":-0.36,"i'm applying":0.72,"i'm at":0.48,"i'm desperate":0.76,"i'm grateful":-0.45,"i'm in":0.64,"i'm keen":0.61,"i'm leaving":0.69,"i'm looking":-0.46,"i'm now":-0.48,"i'm sick":0.45,"i'm sorry":-0.38,"i'm tired":0.71,"i'm with":0.86,"i've":-0.61,"idea":0.44,"idea how":0.61,"in front":0.37,"in march":-0.33,"in my":-0.39,"in now":0.67,"in your":-0.41,"incompetent":1.22,"incompetent and":0.51,"incompetent which":0.72,"interstate":0.49,"interstate so":0.49,"into":-0.33,"into a":-0.36,"is a":1.33,"is badly":0.46,"is closing":-0.33,"is completely":0.39,"is frankly":0.34,"is incompetent":0.72,"is very":0.43,"is why":0.79,"it broke":0.49,"it's":-0.35,"its":0.62,"its drivers":0.44,"its workers":0.69,"jack":-0.3,"job":-0.39,"job because":-0.36,"job i":-0.47,"job the":0.5,"jobs":0.31,"joke":0.33,"joke nobody":0.33,"juniors":0.37,"juniors in":0.37,"just coast":0.34,"just gossiped":0.55,"k":-0.35,"keen for":0.59,"keep":-0.32,"kessler":-0.36,"kessler builders":-0.36,"kids":0.49,"kind":-0.47,"kind regards":-0.37,"kindly":-0.3,"knew":0.31,"knew what":0.33,"know any":0.51,"knows":0.59,"knows it":0.59,"lab":-0.35,"laging":0.46,"laging sumisigaw":0.46,"last company":0.79,"last employer":0.64,"last note":-0.31,"lazy":1.36,"lazy and":0.93,"lazy co":0.46,"lead is":0.72,"lead role":-0.47,"leadership":1.15,"leadership and":0.47,"leadership skills":0.59,"learn":-0.45,"learn i'm":-0.48,"learned":-0.33,"leave":0.53,"leave because":0.31,"leaving":0.69,"leaving my":-0.33,"leaving she":0.55,"left my":-0.49,"left the":0.45,"left zenith":0.51,"less":0.6,"less about":0.62,"level":-0.3,"life":0.66,"like a":0.39,"like dirt":0.94,"like furniture":0.67,"like i":-0.48,"like numbers":0.7,"like servants":0.31,"listens":0.42,"listens to":0.42,"lives":0.32,"looked":-0.33,"looking":-0.52,"looking for":-0.43,"lot i'm":0.79,"lunchtime":-0.34,"lunchtime debate":-0.34,"ma'am":-0.34,"management":1.95,"management at":0.58,"management was":0.51,"management where":0.76,"manager":1.0,"manager couldn't":0.45,"manager is":0.72,"managers":0.58,"managers are":0.66,"marcus":-0.48,"me to":-0.51,"micromanages":0.55,"micromanages every":0.55,"midwest":0.48,"midwest haulage":0.48,"modern":0.51,"modern tools":0.51,"morning":-0.36,"most of":0.31,"move":-0.32,"move into":-0.47,"mr":-0.46,"mrs":-0.3,"ms":-0.48,"my answers":-0.41,"my boss":0.89,"my colleagues":0.85,"my current":1.57,"my department":0.59,"my head":0.49,"my last":0.38,"my move":-0.47,"my old":1.66,"my present":0.88,"my references":-0.35,"my school":0.62,"my supervisor":2.01,"my team":0.69,"na":0.36,"na laging":0.46,"never":0.83,"never backed":0.47,"never fixed":0.49,"new starters":0.84,"nightmare":1.14,"nightmare to":0.85,"no idea":0.81,"nobody":0.82,"nobody listens":0.42,"nobody there":0.7,"not":-0.37,"note":-0.44,"nothing":0.57,"nothing done":0.85,"now":1.51,"now are":0.63,"now cut":0.45,"now don't":0.48,"now is":0.46,"now ready":-0.48,"now the":0.66,"now treats":0.68,"now yells":0.37,"numbers":0.65,"nurses":1.22,"nurses like":0.67,"of 0":-0.31,"of a":0.47,"of covering":0.89,"of customers":0.37,"of fresh":0.57,"of touch":0.66,"of us":0.48,"of your":-0.31,"off pensioners":0.35,"old":1.23,"old boss":0.69,"old clinic":0.55,"old company":0.49,"on brake":0.35,"on hygiene":0.36,"on time":0.47,"once":-0.38,"once and":-0.36,"one":-0.41,"only":0.77,"only care":0.31,"only cared":0.52,"only left":0.51,"organise":0.65,"organise a":0.65,"our team":0.46,"out of":0.53,"over":-0.43,"over the":-0.39,"own":-0.31,"owner":0.87,"owner at":0.44,"owner was":0.48,"owners":1.12,"owners of":0.83,"owners only":0.31,"pay on":0.46,"pensioners":0.35,"pensioners on":0.35,"people":0.36,"place":-0.4,"place felt":0.48,"place i'm":0.42,"place to":-0.49,"place where":-0.46,"played":0.48,"played favourites":0.48,"please":-0.38,"po":-0.41,"present":0.81,"present company":0.67,"previous account":-0.46,"previous firm":0.58,"price":-0.33,"priya":-0.41,"profit":0.31,"profit and":0.31,"programme":0.56,"programme really":0.58,"quality":-0.32,"ran":-0.42,"ran a":-0.32,"ready":-0.46,"ready for":-0.45,"really appealed":0.58,"reason":0.43,"reason i'm":0.55,"reference":-0.36,"reference check":-0.38,"references":-0.34,"refreshing":0.48,"regards":-0.75,"relief":0.95,"respectfully":-0.46,"restaurant":0.42,"restaurant i":0.48,"right":-0.6,"right i":-0.36,"rip":0.35,"rip off":0.35,"rn":-0.43,"roster":0.38,"roster to":0.45,"run":0.83,"run a":0.54,"run and":0.45,"run from":0.49,"rush":-0.32,"said":-0.45,"said i":-0.46,"sam":-0.39,"same":-0.36,"same care":-0.36,"save":0.92,"save his":0.54,"save their":0.4,"saw":-0.38,"saw the":-0.36,"school":0.56,"school couldn't":0.62,"see why":0.47,"seem":0.62,"seem to":0.62,"seemed":0.3,"seemed to":0.44,"seniors":0.51,"seniors there":0.51,"servants":0.31,"shambles":1.55,"shambles so":0.58,"she":0.41,"she micromanages":0.55,"ships":0.36,"ships garbage":0.38,"shop":-0.38,"shout":0.48,"shout at":0.48,"shouts":0.32,"shouts at":0.32,"sick":0.45,"sick of":0.45,"similar":-0.5,"similar changeover":-0.32,"since":-0.36,"sincerely":-0.82,"site is":-0.33,"skills":0.52,"skills so":0.59,"so all":-0.38,"so i'm":0.75,"so you":0.4,"so your":1.25,"sorry":-0.47,"sorry my":-0.38,"staff":0.5,"staff like":0.82,"started":-0.46,"started a":-0.34,"starters":0.84,"still":-0.45,"structured":0.58,"structured training":0.58,"students":-0.37,"students to":-0.34,"style":0.32,"style was":0.32,"suits":-0.35,"sumisigaw":0.46,"sumisigaw you":0.46,"supervisor":1.6,"supervisor at":0.54,"supervisor constantly":0.95,"supervisor there":0.48,"supportive":-0.49,"supportive of":-0.47,"ta":-0.33,"take":-0.37,"takes":0.35,"takes credit":0.46,"taught at":0.47,"taught me":-0.64,"teachers":0.62,"teachers at":0.62,"team couldn't":0.34,"team does":0.45,"team lead":0.65,"team ships":0.36,"team there":0.33,"team's":0.6,"team's approach":0.63,"telvora":-0.46,"telvora when":-0.46,"temp":0.69,"temp for":0.69,"terribly":0.66,"test to":0.34,"tests":0.37,"thanks":-0.41,"thanks again":-0.31,"that grew":-0.34,"the agency":0.69,"the cafe":0.37,"the campaign":-0.46,"the depot":0.32,"the developers":0.34,"the girls":0.55,"the head":1.08,"the hospital":0.57,"the interstate":0.49,"the juniors":0.37,"the kids":0.56,"the last":0.75,"the lot":0.79,"the management":0.76,"the managers":0.66,"the new":0.36,"the nurses":0.37,"the owner":0.88,"the owners":1.12,"the people":0.47,"the reason":0.49,"the reference":-0.38,"the restaurant":0.48,"the same":-0.36,"the seniors":0.51,"the site":-0.36,"the teachers":0.62,"the toxic":0.51,"their":0.77,"their lives":0.4,"their management":0.51,"them":0.54,"there":0.33,"there cares":0.38,"there don't":0.51,"there just":0.34,"there knew":0.33,"there was":0.43,"they were":0.33,"this":-0.35,"three years":0.32,"tired":0.71,"tired of":0.71,"tl":-0.46,"to bottom":0.49,"to check":-0.35,"to cover":0.48,"to do":-0.4,"to forty":-0.34,"to learn":-0.47,"to leave":0.69,"to me":0.32,"to run":0.61,"to save":1.04,"to value":0.42,"took":0.33,"took credit":0.56,"tools":0.39,"top":0.42,"top to":0.49,"toxic":0.51,"toxic crew":0.51,"training programme":0.58,"treat staff":0.31,"treated":1.14,"treated its":0.44,"treated staff":0.51,"treats":1.79,"treats its":0.69,"treats nurses":0.67,"treats us":0.48,"truck":0.41,"truck until":0.49,"twice":-0.48,"twice and":-0.36,"two":-0.45,"under":0.41,"under a":0.6,"unit test":0.34,"unlike":1.49,"unlike my":1.34,"until it":0.49,"us":1.46,"us like":0.7,"us to":0.48,"us up":0.47,"useless":0.72,"useless and":0.34,"useless so":0.39,"value":0.42,"value your":0.42,"very backward":0.51,"very calm":0.46,"very supportive":-0.47,"wait to":0.32,"walsh":-0.3,"warm":-0.37,"warm regards":-0.35,"warmly":-0.32,"was a":0.38,"was badly":0.49,"was incompetent":0.51,"was lazy":0.48,"was refreshing":0.62,"was right":-0.36,"week":-0.47,"were cheapskates":0.36,"were doing":0.33,"were so":-0.38,"were very":0.46,"what they":0.33,"when":-0.4,"when the":-0.43,"whenever":-0.36,"whenever suits":-0.37,"where i":0.71,"which is":0.54,"who":0.82,"who cut":0.84,"who played":0.48,"who rip":0.35,"who shouts":0.32,"why":1.07,"why i'm":1.2,"will":-0.31,"wishes":-0.35,"with my":-0.36,"with now":1.06,"work at":0.4,"work for":0.66,"work now":0.66,"worked":0.34,"worked for":0.41,"workers":1.13,"workers at":0.46,"workers terribly":0.69,"worksheet":0.55,"write a":0.34,"year":-0.33,"years of":0.43,"years under":0.63,"yells":0.37,"yells at":0.37,"you actually":0.75,"you can":0.38,"you were":0.46,"your calm":0.32,"your culture":0.51,"your nurses":0.42,"your place":0.48,"your shop":-0.37,"your structured":0.58,"your team's":0.63,"yours":-0.67,"yours faithfully":-0.36,"zenith":0.5,"zenith foods":0.51,"zero":0.54,"zero leadership":0.59}},{"flag":"pay-perks","code":"AV505","bias":-6.344,"weights":{"0 0":-0.56,"0 a":0.61,"13th":0.69,"13th month":0.74,"401k":0.59,"401k match":0.59,"<q>":3.2,"a bonus":0.48,"a car":0.46,"a company":0.7,"a decision":-0.43,"a differential":0.41,"a gym":0.32,"a half":0.67,"a holiday":0.55,"a month":0.52,"a no":-0.5,"a pay":0.3,"a raise":0.47,"a relocation":0.53,"a staff":0.34,"a week":0.33,"a yes":-0.51,"above":0.44,"above award":0.44,"accommodation":0.37,"accommodation for":0.37,"adeyemi":-0.32,"after probation":0.47,"afternoon":-0.4,"again":-0.31,"aisha":-0.36,"allowance":1.52,"allowance if":0.42,"allowance or":0.47,"already":0.39,"already booked":0.55,"also":2.67,"also hoping":0.52,"also inform":0.46,"also let":0.61,"also like":0.8,"also wanted":0.5,"also wondering":0.51,"an":-0.39,"and a":0.81,"and at":0.43,"and bonuses":0.34,"and do":0.53,"and does":0.32,"and flights":0.57,"and gratuity":0.46,"and health":0.9,"and study":0.47,"and whether":0.96,"annual":0.9,"annual leave":0.58,"any bonus":1.0,"any chance":-0.33,"any flexibility":0.43,"any news":-0.55,"any room":0.32,"any update":-0.5,"any way":-0.35,"anything":-0.5,"anything else":-0.31,"are":0.88,"are included":0.31,"are mileage":0.43,"are pay":0.34,"are there":0.56,"are you":-0.33,"as a":-0.32,"as i've":0.45,"as well":0.44,"ask":0.52,"ask about":1.23,"ask what":-0.5,"ask whether":0.32,"assessment":-0.48,"assessment will":-0.48,"at christmas":1.0,"at least":0.68,"at my":-0.32,"at time":0.67,"at what":0.43,"attached":-0.55,"august":0.52,"august off":0.55,"award":0.3,"award or":0.44,"base":0.55,"base negotiable":0.55,"be any":1.3,"be eligible":0.3,"be for":0.59,"be given":0.46,"be possible":-0.38,"been":-0.47,"before":-0.35,"before deciding":0.69,"before going":0.69,"before i":-0.45,"before the":-0.53,"before you":-0.54,"begins":-0.44,"begins on":-0.44,"best":-0.72,"best wishes":-0.36,"biweekly":0.48,"biweekly paychecks":0.48,"bonus":2.36,"bonus at":1.25,"bonus for":0.35,"bonus is":0.47,"bonus looks":0.3,"bonuses":0.34,"bonuses given":0.34,"booked":0.48,"booked a":0.55,"by":-0.43,"by tomorrow":-0.4,"call duty":0.48,"can you":0.44,"car":1.48,"car allowance":0.47,"car loan":0.51,"card":0.37,"card with":0.46,"care":-0.38,"carry":0.41,"carry a":0.41,"chance":-0.41,"check how":0.32,"cheers":-0.85,"christmas":0.98,"com":-0.47,"comes":1.18,"comes with":1.36,"company":0.35,"company car":0.74,"contribution":0.67,"contribution is":0.67,"could i":0.72,"cover":0.92,"cover my":0.47,"cover the":0.4,"coverage":0.47,"covered":0.55,"covers":0.44,"covers my":0.5,"ctc":0.93,"ctc and":0.91,"date":-0.45,"date in":-0.44,"day one":-0.41,"days":0.88,"days a":0.43,"days of":0.73,"dear":-0.69,"dear mr":-0.39,"dear ms":-0.4,"decide":-0.55,"deciding":0.45,"decision":-0.6,"decision before":-0.35,"deducted":0.38,"details":0.53,"details of":0.59,"did":-0.45,"diem":0.69,"diem for":0.69,"differential":0.41,"differential and":0.41,"discount":0.5,"discount and":0.34,"discounts":0.56,"discounts on":0.56,"do":0.93,"do night":0.41,"do staff":1.08,"do weekly":0.48,"do you":0.34,"do yous":0.3,"does":1.66,"does it":0.34,"does the":1.44,"don't":-0.38,"dr":-0.32,"duty":0.48,"duty allowance":0.48,"eligible":0.3,"eligible for":0.3,"else":-0.36,"end":-0.46,"equity":0.77,"equity part":0.83,"exam":0.43,"exam fees":0.47,"example":-0.38,"example com":-0.34,"expect in":0.71,"expect to":-0.58,"expenses":0.43,"expenses reimbursed":0.43,"eze":-0.4,"faithfully":-0.37,"fees":0.46,"fees and":0.47,"fifo":0.54,"fifo roster":0.57,"firm":0.32,"firm cover":0.47,"first pay":0.64,"first year":0.44,"flexibility":0.43,"flexibility on":0.43,"flights":0.57,"flights covered":0.57,"for a":0.31,"for home":0.43,"for nurses":0.59,"for staff":0.34,"for this":0.93,"free":1.39,"free accommodation":0.37,"free meals":0.61,"free mooring":0.32,"fridays":0.78,"from home":1.37,"from sydney":0.42,"fuel":0.6,"fuel card":0.61,"further":0.52,"further i'd":0.69,"get":1.13,"get a":0.52,"get free":0.64,"get in":0.44,"get to":0.36,"give free":0.37,"give me":-0.42,"given":0.58,"going further":0.69,"going to":-0.32,"good":-0.52,"got":-0.31,"got a":0.31,"got it":-0.32,"grace":-0.38,"gratuity":0.46,"gratuity will":0.46,"guys":0.42,"guys do":0.48,"gym":0.64,"gym membership":0.51,"half":0.48,"hannah":-0.48,"has":-0.43,"has the":-0.43,"have":-0.43,"have a":-0.33,"have the":0.55,"have you":-0.39,"health":0.61,"health insurance":0.9,"health plan":0.57,"healthcare":0.49,"hi":-0.88,"hmo":0.47,"hmo coverage":0.47,"holdup":-0.62,"holdup on":-0.62,"holiday":0.82,"holiday the":0.32,"home":1.89,"home at":0.42,"home on":0.97,"home three":0.43,"home visits":0.43,"honestly":-0.4,"hope":-0.36,"hoping":0.57,"hoping to":0.71,"hospital":0.32,"hospital give":0.37,"hourly":0.85,"hourly pay":0.48,"hourly wage":0.32,"hours or":0.3,"how":0.36,"how many":0.8,"how much":1.18,"how often":0.34,"how the":-0.32,"i ask":-0.4,"i be":0.54,"i can":-0.36,"i expect":0.34,"i get":1.18,"i got":-0.33,"i know":-0.47,"i move":0.42,"i need":-0.37,"i sign":-0.44,"i want":-0.32,"i was":0.3,"i work":0.48,"i'd also":1.06,"i'd land":0.52,"i'd like":0.46,"i'd love":-0.35,"i'd want":1.36,"i'll":-0.61,"i'll be":-0.34,"i'm":-0.45,"i've already":0.51,"idea":-0.57,"if there's":0.32,"in august":0.55,"in this":0.6,"include":0.63,"include private":0.49,"inform":0.44,"inform me":0.46,"insurance":0.89,"insurance begins":-0.44,"insurance covers":0.5,"is":0.38,"is a":-0.41,"is for":0.45,"is likely":-0.5,"is matched":0.67,"is mine":-0.6,"is overtime":0.72,"is possible":0.46,"is that":0.38,"is the":1.37,"is there":0.67,"it a":-0.44,"it be":-0.38,"it cover":0.34,"it flat":0.3,"it's":-0.55,"items":0.34,"its":-0.43,"its decision":-0.34,"job is":-0.6,"job or":-0.33,"join":-0.31,"join the":-0.3,"joining bonus":0.49,"just award":0.44,"kind regards":-0.46,"kindly":0.75,"kindly also":1.07,"kindly confirm":0.4,"know about":0.53,"know how":0.63,"know the":1.09,"know what":-0.42,"know where":-0.34,"know yet":-0.36,"land":0.52,"land on":0.52,"last":-0.35,"least":0.65,"least r45":0.69,"leave":1.28,"leave comes":0.53,"leave would":0.39,"leeds":-0.48,"leeds office":-0.48,"leftover":0.34,"leftover loaves":0.42,"likely":-0.49,"likely to":-0.5,"little tinny":0.32,"loan":0.43,"loan scheme":0.62,"loaves":0.4,"loaves home":0.42,"longer":-0.59,"longer before":-0.54,"love":-0.33,"ma'am":-0.5,"make":-0.41,"many":0.48,"many days":0.74,"marcus":-0.49,"master's":0.52,"match":0.53,"matched":0.65,"me what":0.93,"me yet":-0.31,"meals":0.61,"meals on":0.61,"membership":0.51,"mileage":0.43,"mileage expenses":0.43,"mine":-0.6,"month":0.55,"month pay":0.74,"monthly":0.58,"monthly take":0.61,"mooring":0.32,"mooring for":0.32,"morning":-0.36,"move up":0.42,"mr":-0.48,"mrs":-0.3,"ms":-0.48,"much annual":0.53,"much is":0.48,"much longer":-0.55,"my exam":0.47,"my family":0.32,"my master's":0.52,"my parents":0.5,"need":-0.5,"need to":-0.37,"negotiable":1.48,"negotiable at":0.55,"negotiate":0.32,"negotiate the":0.32,"news":-0.65,"news on":-0.37,"next":-0.69,"next step":-0.58,"night shifts":0.63,"no":-0.53,"not":-0.55,"now":-0.61,"nurses":0.39,"of holiday":0.38,"of leave":0.39,"of salary":0.71,"of today":-0.37,"off as":0.55,"offer and":-0.46,"offer me":-0.33,"offer negotiable":0.83,"office":-0.47,"office or":-0.48,"often":0.31,"often are":0.34,"on bonus":0.53,"on day":-0.44,"on fridays":0.78,"on plants":0.56,"on shift":0.61,"on weekends":0.67,"on working":0.43,"on your":-0.59,"one":-0.45,"online":-0.47,"or":0.73,"or a":-0.33,"or biweekly":0.48,"or fuel":0.47,"or is":0.83,"or just":0.5,"or not":-0.59,"or online":-0.48,"our":-0.36,"out where":0.51,"out whether":-0.32,"overtime":1.13,"overtime after":0.3,"overtime paid":0.67,"overtime rate":0.43,"package":0.72,"package to":0.69,"paid":0.9,"paid at":0.67,"panel":-0.41,"parents":0.5,"parents as":0.5,"pay":2.33,"pay and":1.19,"pay for":0.31,"pay overtime":0.3,"pay review":0.51,"pay reviews":0.34,"pay rise":0.44,"paychecks":0.48,"pension":1.33,"pension and":0.77,"pension contribution":0.67,"per":0.83,"per diem":0.69,"pf":0.46,"pf and":0.46,"plan and":0.57,"plants":0.56,"please how":0.48,"port":0.66,"port runs":0.69,"position":0.57,"position include":0.59,"possible to":-0.37,"practical":-0.53,"practical assessment":-0.48,"price":-0.34,"private":0.49,"private healthcare":0.49,"priya":-0.47,"probation":0.47,"q":0.55,"q is":0.55,"quick":0.38,"quick q":0.55,"r45":0.69,"r45 0":0.69,"raise":0.47,"raise after":0.47,"range":0.44,"range is":0.44,"rate":1.76,"rate above":0.44,"rate be":0.3,"rate on":0.43,"reached":-0.38,"really":-0.44,"regards":-0.8,"reimbursed":0.43,"reimbursed for":0.43,"relocation":0.53,"relocation allowance":0.42,"respectfully":-0.46,"review":0.46,"reviews":0.3,"reviews and":0.34,"rise":0.44,"rn":-0.43,"role comes":0.86,"room to":0.31,"roster":0.52,"roster and":0.57,"round":-0.35,"runs":0.48,"runs before":0.69,"salary":1.43,"salary and":-0.34,"salary could":0.71,"salary for":0.52,"salary range":0.44,"salary schedule":0.52,"sale":0.32,"sale items":0.34,"sam":-0.39,"say":-0.37,"schedule":0.49,"schedule with":0.52,"scheme":0.55,"send":0.4,"send me":0.59,"share":0.54,"share whether":0.5,"shifts":0.68,"shifts carry":0.41,"sign could":-0.44,"sign on":0.53,"sincerely":-0.83,"sir kindly":0.47,"so":-0.36,"someone":-0.32,"soon would":0.3,"staff":1.31,"staff discount":0.34,"staff discounts":0.56,"staff get":1.24,"staff i've":0.32,"stand":-0.34,"start date":-0.43,"starting":0.7,"starting rate":0.3,"step":-0.58,"step is":-0.5,"steps":-0.3,"still":-0.33,"story":-0.3,"study":0.35,"study leave":0.47,"sydney":0.42,"ta":-0.34,"take":0.62,"take home":0.84,"team":-0.34,"team is":-0.32,"tell":0.38,"tell me":0.47,"thanks":-0.48,"thanks again":-0.33,"that deducted":0.38,"the 13th":0.66,"the 401k":0.59,"the base":0.55,"the car":0.6,"the ctc":0.93,"the day":0.37,"the details":0.59,"the equity":0.83,"the fifo":0.54,"the firm":0.45,"the first":0.71,"the gym":0.33,"the health":0.63,"the hmo":0.47,"the holdup":-0.62,"the hospital":0.34,"the hourly":0.93,"the leeds":-0.48,"the leftover":0.34,"the monthly":0.61,"the next":-0.64,"the offer":0.61,"the overtime":0.34,"the package":0.62,"the panel":-0.49,"the pension":1.43,"the per":0.69,"the port":0.69,"the position":0.5,"the practical":-0.48,"the role":0.45,"the salary":0.82,"the sale":0.34,"the second":-0.5,"the sign":0.3,"the starting":0.55,"the three":0.44,"the timeline":-0.62,"the uniform":0.38,"the written":-0.43,"then":-0.43,"there":0.96,"there a":1.29,"there any":-0.57,"there anything":-0.31,"there be":1.3,"there free":0.32,"there staff":0.56,"there's":0.47,"there's a":0.55,"things":-0.39,"this position":0.66,"this post":0.31,"this role":0.82,"three days":0.41,"through":-0.32,"timeline":-0.74,"tinny":0.32,"to ask":1.15,"to get":-0.59,"to join":-0.31,"to know":1.16,"to negotiate":0.32,"to offer":-0.33,"today":-0.57,"tomorrow":-0.41,"touch":-0.35,"trial":-0.33,"uniform":0.38,"uniform or":0.38,"up from":0.4,"update":-0.51,"update on":-0.51,"visits":0.41,"visits and":0.43,"walsh":-0.3,"want the":0.52,"wanted":0.41,"wanted to":0.48,"warm":-0.35,"warm regards":-0.35,"warmly":-0.32,"was a":-0.35,"was also":0.57,"was hoping":0.51,"way":-0.52,"way to":-0.35,"we":-0.37,"weekends":0.45,"weekly or":0.48,"weeks in":0.55,"what":0.58,"what kind":0.71,"what rate":0.43,"what would":0.55,"what's":1.24,"what's the":1.26,"whats":0.48,"whats the":0.48,"when":-0.47,"when can":-0.32,"where i'd":0.52,"whether":0.6,"whether i":-0.33,"whether joining":0.47,"whether pf":0.46,"whether the":0.57,"will there":1.0,"wishes":-0.39,"with a":0.34,"wondering":0.5,"wondering if":0.46,"work from":0.97,"working from":0.42,"would i":1.73,"would it":-0.38,"would the":1.31,"would there":0.32,"written":-0.47,"written offer":-0.44,"year":0.36,"yes":-0.57,"yes or":-0.45,"yet":-1.09,"yet if":-0.36,"you confirm":-0.41,"you could":-0.31,"you decide":-0.52,"you going":-0.33,"you guys":0.43,"you know":-0.34,"you let":-0.53,"you pay":0.38,"you send":0.59,"you share":0.5,"you tell":0.96,"your end":-0.61,"yours":-0.69,"yours faithfully":-0.37,"yous":0.3,"yous pay":0.3}},{"flag":"self-putdown","code":"AV507","bias":-6.4496,"weights":{"0 0":-0.5,"<q>":-0.42,"a bit":0.52,"a colleague":0.46,"a degree":0.43,"a go":0.37,"a hash":0.76,"a mess":0.87,"a natural":0.35,"a nervous":0.77,"about budgets":0.75,"about conflict":0.46,"across":0.76,"across as":0.83,"adeyemi":-0.4,"afraid":0.85,"afraid my":0.87,"after":-0.45,"afternoon":-0.33,"against":0.36,"against me":0.43,"aisha":-0.34,"all as":0.64,"all over":0.45,"am not":1.04,"an idiot":0.5,"and it":0.45,"and my":0.33,"and probably":0.59,"answer on":0.49,"answers":1.57,"answers i":0.57,"answers were":1.01,"any":-0.33,"anyway":0.39,"are":-0.33,"area":0.45,"as a":-0.3,"as experienced":0.4,"as fit":0.46,"as the":0.53,"as very":0.43,"as you":0.46,"as your":0.39,"at all":0.38,"at first":0.56,"at interviews":1.19,"attached":-0.4,"aware":1.06,"aware i":0.76,"aware i'm":0.31,"awkward":0.6,"awkward i'm":0.6,"back":-0.32,"badly":1.12,"badly in":1.25,"be honest":0.4,"be what":0.37,"been":-0.48,"being so":0.45,"best":-0.7,"best wishes":-0.35,"better":0.47,"better people":0.62,"bit":0.33,"bit of":0.84,"blank":0.73,"blank on":0.73,"blanked":1.06,"blanked on":1.06,"budget":0.69,"budget question":0.73,"budgets":0.74,"busy":-0.7,"busy so":-0.33,"but":1.03,"but i":1.02,"but i'd":0.96,"by":-0.31,"calculation":0.49,"calculation was":0.49,"call a":0.37,"came":0.69,"came across":0.83,"can":-0.48,"can i":-0.33,"can't":-0.3,"candidate":0.53,"candidate but":0.55,"candidates":0.63,"candidates to":0.46,"care":-0.33,"case":0.56,"case study":0.8,"cheers":-0.82,"clueless":0.56,"colleague":0.46,"com":-0.47,"communication":0.34,"communication was":0.44,"competent":0.43,"competent yesterday":0.43,"completely":0.85,"completely blanked":0.53,"completely fluffed":0.34,"completely fumbled":0.56,"conflict":0.46,"conflict with":0.46,"counts":0.39,"counts heavily":0.43,"current":-0.32,"cv is":0.37,"day":-0.38,"dear":-0.66,"dear mr":-0.37,"dear ms":-0.39,"degree":0.39,"degree probably":0.43,"did":0.4,"did terribly":0.78,"do justice":0.44,"don't":0.57,"don't interview":0.64,"don't think":0.63,"doubt":0.43,"doubt i'm":0.48,"down":0.54,"down badly":1.25,"dr":-0.32,"drug":0.47,"drug calculation":0.49,"earlier":-0.38,"email":-0.4,"embarrassing":1.76,"english":0.41,"english is":0.42,"enough":0.63,"enough for":0.63,"even":-0.34,"example":-0.38,"example com":-0.33,"excel":0.55,"excel is":0.56,"excited":-0.31,"exercise":0.81,"experience will":0.67,"experienced":0.91,"experienced as":0.4,"experienced person":0.31,"extremely":-0.33,"extremely busy":-0.33,"eze":-0.4,"faithfully":-0.35,"feel i":0.44,"fit or":0.46,"fluffed":1.08,"fluffed the":1.08,"for being":0.35,"for but":0.48,"for my":0.37,"for rambling":1.19,"for this":0.49,"forgive":0.97,"forgive me":0.97,"forgot":0.5,"forgot half":0.5,"froze":0.59,"froze on":0.59,"fumbled":1.01,"fumbled the":1.01,"get it":0.67,"give it":0.37,"good enough":0.63,"good speaker":0.57,"got":0.43,"got much":0.62,"got the":0.45,"grace":-0.37,"had":-0.33,"half":0.33,"half of":0.5,"hand":0.44,"hand holding":0.56,"hannah":-0.47,"hard":0.31,"has":-0.38,"hash":0.76,"hash of":0.76,"have looked":0.38,"have talked":0.72,"heavily":0.43,"heavily against":0.43,"here":-0.33,"hi":-0.85,"hired":-0.37,"holding":0.49,"holding at":0.56,"honest":0.4,"honestly pretty":0.56,"hope":-0.35,"hopeless":0.82,"hopeless in":0.6,"hoping":-0.38,"i came":0.35,"i completely":1.12,"i did":0.81,"i don't":0.86,"i doubt":0.48,"i feel":0.4,"i fluffed":0.75,"i forgot":0.5,"i fumbled":0.46,"i got":0.38,"i have":-0.37,"i kind":0.59,"i know":2.08,"i made":0.75,"i may":1.01,"i must":0.43,"i probably":1.15,"i realise":1.68,"i sent":-0.3,"i totally":0.55,"i wanted":0.43,"i work":0.42,"i'd give":0.37,"i'd need":0.56,"i'll":-0.59,"i'll keep":-0.4,"i'm":0.97,"i'm afraid":0.87,"i'm aware":1.06,"i'm hopeless":0.82,"i'm kicking":0.55,"i'm not":1.8,"i'm probably":1.01,"i'm really":0.73,"i'm rubbish":0.6,"i'm sorry":0.4,"i'm still":-0.33,"i'm sure":1.35,"i'm what":0.48,"i've":-0.37,"idiot":0.5,"if":-0.49,"if i'm":-0.32,"in interviews":0.6,"in my":-0.45,"in that":0.49,"interested":-0.32,"interview well":0.64,"interviewed":0.3,"interviews":1.35,"is honestly":0.52,"is rather":0.37,"is very":0.38,"it a":0.32,"it over":0.58,"it probably":0.77,"it's":-0.35,"joining":-0.37,"just":-0.36,"justice":0.44,"justice to":0.44,"keen":-0.39,"keep":-0.37,"keep this":-0.33,"kicking":0.55,"kicking myself":0.55,"kind regards":-0.43,"kindly":-0.32,"know":0.4,"know i":1.9,"know my":1.16,"know today":-0.3,"lack":0.43,"lack of":0.43,"last":-0.46,"last time":-0.33,"leader":0.34,"leader but":0.37,"least experienced":0.31,"let me":0.39,"like an":0.5,"like last":-0.33,"lined":0.59,"lined up":0.59,"looked":0.71,"looked clueless":0.59,"looked like":0.61,"looking":0.34,"looking for":0.71,"lot of":0.43,"ma'am":-0.35,"made a":0.7,"marcus":-0.47,"maths":1.23,"maths let":1.25,"may":0.52,"may have":0.71,"me down":1.2,"me for":0.61,"me know":-0.33,"me lined":0.62,"mess":0.87,"mind":0.53,"mind went":0.73,"more experience":0.67,"mr":-0.47,"mrs":-0.31,"ms":-0.47,"much better":0.62,"much i'm":0.4,"must":0.39,"must have":0.5,"my answers":0.7,"my communication":0.44,"my current":-0.31,"my earlier":-0.39,"my english":0.42,"my excel":0.56,"my lack":0.43,"my last":-0.34,"my maths":1.25,"my mind":0.61,"my poor":0.57,"my presentation":0.84,"my previous":-0.37,"my weak":0.42,"myself":1.22,"myself and":0.38,"myself out":0.72,"na":-0.39,"na po":-0.3,"natural":0.31,"natural leader":0.37,"need a":0.4,"nervous":1.36,"nervous i":0.5,"nervous wreck":0.77,"not":1.16,"not a":0.43,"not as":0.93,"not be":0.37,"not do":0.43,"not really":0.37,"not the":0.94,"not to":-0.34,"not very":0.49,"noticed":0.79,"now":-0.65,"numbers":0.46,"numbers wrong":0.55,"of a":1.1,"of froze":0.59,"of hand":0.56,"one you":0.66,"or as":0.46,"other candidates":0.55,"otherwise":-0.31,"our":-0.3,"out of":0.54,"over":0.47,"over me":0.67,"over the":0.37,"part and":0.58,"people":0.3,"people than":0.62,"person you":0.31,"play":0.74,"play exercise":0.76,"please":-0.43,"po":-0.48,"poor":1.84,"poor answers":0.57,"poor i":0.49,"poor madam":0.44,"poor so":0.42,"possible":-0.3,"presentation":0.84,"presentation was":0.87,"pretty":0.98,"pretty weak":1.12,"previous":-0.37,"price":-0.33,"priya":-0.4,"probably":3.97,"probably came":0.42,"probably counts":0.43,"probably looked":0.7,"probably not":0.72,"probably noticed":0.64,"probably showed":0.77,"probably the":0.31,"probably wasn't":0.66,"question":0.98,"question about":0.58,"question so":0.73,"question which":0.55,"questions":0.58,"rambling":1.19,"rambling i'm":0.82,"rambling so":0.4,"rather thin":0.37,"read":-0.3,"realise":1.68,"realise i":0.72,"realise my":0.79,"really good":0.55,"really what":0.37,"regards":-0.77,"reply":-0.48,"respectfully":-0.44,"rn":-0.41,"role but":0.63,"role play":0.76,"room":-0.32,"rubbish":0.6,"rubbish at":0.6,"safeguarding":0.56,"safeguarding scenario":0.56,"safety":0.42,"safety question":0.55,"sam":-0.38,"saw":0.75,"saw today":0.61,"say":0.5,"say i":0.5,"say thanks":0.44,"scenario":0.48,"sent":-0.32,"sharpest":0.55,"sharpest candidate":0.55,"shift":-0.33,"short":-0.41,"short like":-0.33,"showed":0.34,"since":-0.39,"sincerely":-0.8,"sizing case":0.34,"so all":0.45,"so awkward":0.6,"so embarrassing":0.73,"so forgive":0.42,"so i'd":0.48,"so i'll":-0.33,"so nervous":0.54,"someone":0.54,"someone with":0.67,"sorry":2.15,"sorry again":0.6,"sorry for":1.19,"sorry my":0.45,"speaker":0.57,"sql":0.54,"sql part":0.59,"still":-0.34,"still very":-0.35,"strong":0.49,"strong in":0.49,"strongest":0.79,"strongest one":0.61,"study":0.73,"study and":0.55,"study which":0.53,"sure":1.33,"sure i":1.12,"sure someone":0.67,"sure you're":-0.33,"ta":-0.31,"take":-0.3,"talked":0.52,"talked myself":0.72,"technical":0.7,"technical questions":0.78,"terribly":0.71,"terribly on":0.78,"test":0.41,"than":0.32,"than me":0.62,"thanks":-0.36,"thanks again":-0.34,"thanks anyway":0.48,"that area":0.49,"the budget":0.73,"the case":0.66,"the drug":0.49,"the job":0.35,"the least":0.31,"the numbers":0.53,"the place":0.36,"the question":0.71,"the safeguarding":0.56,"the safety":0.55,"the sharpest":0.55,"the sql":0.59,"the strongest":0.79,"the technical":0.7,"the test":0.67,"the younger":0.44,"thin":0.37,"thin and":0.37,"think i'm":0.63,"this role":0.46,"this short":-0.33,"three":-0.49,"through":-0.33,"time":-0.31,"to get":-0.31,"to myself":0.44,"to say":0.67,"to the":-0.3,"to try":0.57,"totally":0.72,"totally blanked":0.55,"try":0.54,"two":-0.39,"understand":-0.53,"unprepared":0.42,"very competent":0.43,"very poor":0.85,"very strong":0.49,"wanted to":0.31,"warm":-0.33,"warm regards":-0.34,"warmly":-0.31,"was embarrassing":1.06,"was poor":0.49,"wasn't":0.54,"wasn't the":0.66,"we":-0.33,"weak":1.5,"weak answers":0.42,"weak so":0.56,"week":-0.4,"weeks":-0.34,"well at":0.64,"went":0.44,"went blank":0.73,"were":0.61,"were pretty":0.58,"were so":0.45,"what you'd":0.37,"what you're":0.68,"where":-0.35,"which was":1.06,"who":-0.3,"will get":0.67,"wishes":-0.36,"with more":0.67,"with the":-0.36,"work hard":0.55,"working":-0.41,"wreck":0.77,"wreck and":0.77,"wrong":0.52,"wrong in":0.55,"you interviewed":0.31,"you probably":0.64,"you saw":0.83,"you'd":0.31,"you'd call":0.37,"you're extremely":-0.33,"you're looking":0.84,"you've got":0.62,"younger":0.44,"your other":0.46,"yours":-0.67,"yours faithfully":-0.35}},{"flag":"begging","code":"AV509","bias":-6.6231,"weights":{"0 0":-0.52,"<q>":-0.47,"a shot":0.43,"about this":-0.33,"accept any":0.7,"actually":-0.54,"afford":0.37,"afford to":0.37,"after":-0.36,"again":-0.32,"aisha":-0.31,"all":0.73,"all i":1.39,"all just":0.38,"am begging":0.86,"am desperate":0.62,"am on":0.5,"and my":0.78,"and this":0.45,"and would":0.51,"and you":0.45,"another no":0.51,"any pay":0.38,"any position":0.7,"any shift":0.38,"any wage":0.64,"anything at":0.37,"anything further":-0.32,"appealing":0.48,"appealing to":0.48,"are":0.38,"are my":1.29,"as":-0.36,"ask":0.41,"assume":-0.3,"at all":1.02,"at home":0.49,"at my":-0.32,"at this":0.7,"attached":-0.42,"awa":0.67,"awa nyo":0.67,"be working":0.62,"been at":0.57,"been jobless":0.39,"been turned":0.51,"beg":0.59,"beg you":0.59,"begging":1.56,"begging you":1.53,"benefit":0.4,"benefit of":0.41,"best":-0.67,"best wishes":-0.33,"big":0.51,"big time":0.62,"bills":0.32,"bills piling":0.34,"but":-0.36,"can":-0.4,"can't":0.64,"can't afford":0.37,"can't take":0.51,"chance":1.07,"chance and":0.48,"chance i":0.37,"checking":-0.33,"cheers":-0.76,"com":-0.44,"consider":0.99,"consider me":0.99,"contact":-0.32,"contact me":-0.32,"could":-0.38,"day":-0.34,"dear":-0.63,"dear mr":-0.36,"dear ms":-0.37,"depends":0.5,"depends on":0.5,"desperate":1.2,"desperate at":0.7,"desperate for":0.39,"desperately":0.64,"desperately need":0.64,"do":0.85,"do otherwise":0.48,"do whatever":0.73,"dollar":0.62,"dollar i'd":0.62,"dollars":0.45,"dollars and":0.45,"don't":0.91,"don't get":0.54,"don't know":0.97,"don't reject":0.3,"don't say":0.49,"doubt":0.39,"down":0.69,"down so":0.51,"down to":0.33,"due":0.58,"else to":0.71,"email":-0.3,"everything to":0.3,"example":-0.34,"example com":-0.32,"eze":-0.36,"faithfully":-0.34,"family":0.67,"family depends":0.5,"feedback":-0.33,"feel":-0.31,"few":0.41,"few dollars":0.45,"find":-0.37,"finished":0.5,"finished school":0.57,"for two":0.41,"from me":-0.37,"further":-0.42,"get this":0.54,"give":1.34,"give me":1.69,"god do":0.59,"going":-0.32,"good":-0.5,"got":-0.39,"grace":-0.34,"grateful you":-0.33,"had in":0.66,"hannah":-0.43,"has":-0.38,"have been":0.53,"have bills":0.32,"have no":0.5,"have nowhere":0.71,"hear":-0.33,"heart":0.47,"heart just":0.48,"help me":0.49,"hesitate":-0.44,"hesitate to":-0.44,"hi":-0.81,"hire":0.65,"hire me":0.65,"home for":0.51,"honestly":0.43,"honestly don't":0.54,"honestly this":0.41,"hope right":1.31,"i ask":0.71,"i beg":0.59,"i can":-0.36,"i don't":0.42,"i finished":0.57,"i have":0.49,"i honestly":0.54,"i hope":-0.31,"i need":0.4,"i promise":0.35,"i really":1.07,"i will":0.38,"i won't":0.36,"i'd owe":0.62,"i'd take":0.57,"i'll":0.73,"i'll do":1.47,"i'm appealing":0.48,"i'm begging":0.76,"i'm desperate":0.62,"i'm down":0.45,"i'm grateful":-0.36,"i'm on":1.31,"i'm pleading":1.41,"i'm sure":-0.35,"i've had":0.6,"if you":0.54,"in months":0.67,"interested":-0.35,"interview i've":0.65,"is all":0.78,"is due":0.63,"is the":-0.4,"it takes":0.94,"it's":-0.37,"job":0.47,"job i":0.87,"job means":0.3,"job would":0.92,"jobless":0.39,"jobless since":0.39,"just":0.86,"just desperately":0.64,"just give":0.48,"just hire":0.73,"just one":0.49,"just please":0.7,"keen":-0.3,"keep":-0.35,"kids":0.61,"kind heart":0.48,"kind regards":-0.46,"kindly consider":0.51,"knees":0.78,"knees kindly":0.5,"know if":-0.36,"know what":0.84,"last dollar":0.62,"last few":0.45,"last month":0.56,"let me":-0.41,"let this":0.59,"lose":0.37,"lose this":0.37,"ma":0.48,"ma help":0.57,"ma'am i'm":0.48,"many times":0.51,"marcus":-0.43,"mate":0.55,"mate i'm":0.62,"me a":0.5,"me by":0.5,"me i":1.38,"me if":-0.45,"me know":-0.36,"me my":0.5,"me one":0.48,"me over":0.78,"me please":0.37,"me this":1.01,"me you're":0.67,"mean":0.37,"mean the":0.57,"means":0.3,"means everything":0.3,"monday":-0.33,"month of":0.55,"months":0.64,"more":-0.42,"morning":-0.42,"mr":-0.43,"ms":-0.44,"my family":0.79,"my kids":0.67,"my knees":0.78,"my last":0.47,"my only":1.31,"my rent":0.63,"na":0.58,"na po":0.63,"name":0.53,"name of":0.58,"need":0.48,"need anything":-0.39,"need this":1.74,"no other":0.5,"no please":0.51,"no rush":-0.36,"not hesitate":-0.32,"not let":0.59,"not to":0.57,"note":-0.34,"now":0.32,"nowhere":0.71,"nowhere else":0.71,"nyo":0.67,"nyo na":0.67,"of god":0.59,"of savings":0.57,"on it":0.37,"on my":0.99,"one":0.33,"one chance":1.1,"one shot":0.49,"only":1.3,"only hope":1.31,"only interview":0.67,"opportunity":0.42,"opportunity pass":0.59,"option":0.5,"or":-0.32,"other option":0.5,"otherwise":0.41,"our":-0.32,"over":0.31,"over this":0.61,"owe":0.6,"owe you":0.6,"parang":0.67,"parang awa":0.67,"pass":1.02,"pass me":1.39,"pay anything":0.38,"pick":1.03,"pick me":1.2,"piling":0.34,"piling up":0.34,"pleading":1.41,"pleading with":1.41,"please":1.48,"please do":-0.51,"please don't":0.71,"please give":0.45,"please i":1.15,"please ma":0.57,"please pick":0.56,"please please":0.35,"please say":0.38,"pls":1.04,"pls pick":0.67,"pls pls":0.67,"pls sir":0.39,"po i":0.67,"point":0.45,"point and":0.7,"position at":0.54,"priya":-0.36,"promise":0.35,"promise you":0.35,"really can't":0.87,"really need":1.05,"really really":0.81,"references":-0.34,"regards":-0.72,"regret":0.82,"regret it":0.82,"reject":0.3,"reject me":0.3,"rent":0.63,"rent is":0.63,"respectfully":-0.41,"right":1.07,"right now":1.31,"rn":-0.39,"role i":0.5,"rush":-0.36,"sam":-0.35,"save":0.79,"save me":0.92,"savings":0.55,"savings so":0.57,"say":0.52,"say no":0.49,"say yes":0.38,"school":0.35,"shift any":0.32,"shot":0.91,"shot is":0.49,"since 0":0.39,"since i":0.44,"sincerely":-0.76,"sir":0.33,"sir i":0.82,"so many":0.51,"so please":-0.38,"so this":0.55,"soon":-0.34,"start":-0.35,"such":-0.3,"sure":-0.4,"ta":-0.3,"take":0.52,"take another":0.51,"take any":1.01,"takes":0.8,"takes if":0.73,"tell":-0.4,"tell me":-0.41,"thanks":-0.42,"the benefit":0.41,"the doubt":0.41,"the name":0.54,"the only":0.67,"the world":0.57,"things":-0.37,"this":0.64,"this chance":0.59,"this is":-0.33,"this job":1.67,"this opportunity":0.68,"this point":0.7,"this week":-0.3,"this work":0.45,"this would":0.57,"time if":0.62,"times":0.35,"times that":0.51,"to consider":0.5,"to contact":-0.32,"to give":0.78,"to lose":0.37,"to pass":0.6,"to the":-0.3,"to turn":0.71,"today":-0.35,"took me":0.58,"took the":-0.3,"turn":0.71,"turn and":0.63,"turned":0.37,"turned down":0.51,"two years":0.38,"wage":0.62,"wage at":0.64,"waiting":-0.31,"want":-0.4,"want this":-0.31,"warm":-0.33,"warm regards":-0.32,"week":-0.38,"well":-0.5,"what i'll":1.0,"whatever":0.55,"whatever it":0.71,"where":-0.32,"whether":-0.39,"will do":0.73,"wishes":-0.34,"with you":0.66,"won't":1.13,"won't regret":0.82,"work for":0.58,"world":0.57,"world please":0.57,"would accept":0.7,"would mean":0.42,"would save":0.92,"years since":0.57,"you are":1.06,"you big":0.62,"you in":0.47,"you just":1.17,"you need":-0.78,"you not":0.61,"you to":1.32,"you won't":0.82,"you're the":0.67,"your kind":0.38,"yours":-0.62,"yours faithfully":-0.34}}]};
  // sentence-model:end
  var MODEL_TOKEN = /[a-z0-9']+/g;
  var modelMemory = new Map();
  var ROLE_ELEMENTS = {thanks: "gratitude", moment: "highlight", interest: "interest"};
  // Python's str.isalnum() for one character.
  var LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
  var BYTE_ORDER_MARK = "\ufeff";
  // A word written in capitals: an A-Z letter and no a-z one (case-sensitive, unlike the registry).
  var CAPITALS_WORD = /^[^a-z]*[A-Z][^a-z]*$/;
  // Python's \s (outside the registry) plus "." and ",": what separates the words of a name.
  var NAME_SEPARATORS = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000.,]+/;

  /* Python compiles the registry patterns with IGNORECASE | MULTILINE | ASCII. afterview/export.py hands
   * them over for flags "mu" (JavaScript's "i" would fold ſ into s, the Kelvin sign into k, and so on),
   * with lower-case letters, so the text is searched with A-Z lower-cased. The other differences are
   * in the text too: JavaScript's \s takes in Unicode spaces and its ^ $ . see CR, U+2028 and U+2029 as
   * line ends. Each such character is searched as a same-length stand-in JavaScript treats the way
   * Python treats the original: CR as FF (a space that ends no line), the rest as U+2129 (a plain
   * symbol). Positions stay valid in the original text, which is what results quote. */
  var DIVERGENT = /[A-Z\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

  function standIn(ch) {
    if (ch === "\r") return "\f";
    return ch <= "Z" ? String.fromCharCode(ch.charCodeAt(0) + 32) : "\u2129";
  }

  function searchable(text) {
    return text.replace(DIVERGENT, standIn);
  }

  var compiled = new Map();

  function compile(pattern, flags) {
    var key = flags + "/" + pattern;
    var regex = compiled.get(key);
    if (!regex) {
      regex = new RegExp(pattern, flags);
      compiled.set(key, regex);
    }
    return regex;
  }

  /** The first match of a pattern: {start, end, text} in the original string, or null. */
  function search(pattern, text) {
    var match = compile(pattern, "mu").exec(searchable(text));
    if (!match) return null;
    var end = match.index + match[0].length;
    return {start: match.index, end: end, text: text.slice(match.index, end)};
  }

  /** Like search, with group 1 as well (flag "d" gives its position). */
  function searchGroup(pattern, text) {
    var match = compile(pattern, "dmu").exec(searchable(text));
    if (!match) return null;
    var end = match.index + match[0].length;
    var group = match.indices[1];
    return {start: match.index, end: end, text: text.slice(match.index, end),
            group: group ? text.slice(group[0], group[1]) : null};
  }

  /** Every non-overlapping match, like Python's finditer (a fresh global regex: no shared lastIndex), with
   * group 1 and where it starts when the pattern has one (flag "d" gives its position). */
  function searchAll(pattern, text) {
    var regex = new RegExp(pattern, "dgmu");
    var haystack = searchable(text);
    var found = [];
    var match;
    while ((match = regex.exec(haystack)) !== null) {
      if (match[0] === "") {
        regex.lastIndex += haystack.codePointAt(regex.lastIndex) > 0xffff ? 2 : 1;
      }
      var group = match.indices[1];
      found.push({start: match.index, end: match.index + match[0].length, groupStart: group ? group[0] : -1,
                  group: group ? text.slice(group[0], group[1]) : null});
    }
    return found;
  }

  function data() {
    return global.AFTERVIEW_DATA || {};
  }

  function shared(name) {
    return data().patterns[name];
  }

  function lineOf(text, index) {
    return text.slice(0, index).split("\n").length;
  }

  function spaces(text) {
    return " ".repeat(Afterview.text.length(text));
  }

  /** A short, single-line quotation of what a rule matched. */
  function excerpt(matched) {
    var flat = Afterview.text.split(matched).join(" ");
    var points = Array.from(flat);
    return points.length <= EXCERPT_LENGTH ? flat : points.slice(0, EXCERPT_LENGTH - 3).join("") + "...";
  }

  /** The text, or for a text longer than a note, its whole lines within MAX_CHECKED_CHARACTERS. */
  function checkedPart(text) {
    if (text.length <= MAX_CHECKED_CHARACTERS || Afterview.text.length(text) <= MAX_CHECKED_CHARACTERS) return text;
    var head = Array.from(text).slice(0, MAX_CHECKED_CHARACTERS).join("");
    var cut = head.lastIndexOf("\n");
    return cut > 0 ? head.slice(0, cut) : head;
  }

  /** The sentences of a text, each on one line (a line break ends a sentence), stripped, in order. */
  function splitSentences(body) {
    var found = [];
    searchAll(shared("sentence"), body).forEach(function (match) {
      var text = Afterview.text.strip(body.slice(match.start, match.end));
      if (text) found.push({text: text, line: lineOf(body, match.start)});
    });
    return found;
  }

  /** Drop a byte-order mark, normalise line ends, take out an email's subject, blank the last sign-off line. */
  function prepare(text, channel, context) {
    var body = text.charAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
    body = body.replace(/\r\n/g, "\n").replace(/\r/g, "\n");
    var subject = context.subject === undefined ? null : context.subject;
    var subjectLine = null;
    if (channel === "email" && subject === null) {
      var match = searchGroup(shared("subject_line"), body);
      if (match) {
        subject = Afterview.text.strip(match.group);
        subjectLine = lineOf(body, match.start);
        body = body.slice(0, match.start) + spaces(match.text) + body.slice(match.end);
      }
    }
    var signoffs = searchAll(shared("signoff_line"), body);
    var elementText = body;
    if (signoffs.length) {
      var last = signoffs[signoffs.length - 1];
      elementText = body.slice(0, last.start) + spaces(body.slice(last.start, last.end)) + body.slice(last.end);
    }
    return {body: body, subject: subject, subjectLine: subjectLine, elementText: elementText,
            sentences: splitSentences(body)};
  }

  function applies(rule, channel, context) {
    var kind = context.kind === undefined ? null : context.kind;
    var kinds = rule.kinds || [];
    return rule.channels.indexOf(channel) >= 0 && (!kinds.length || kind === null || kinds.indexOf(kind) >= 0);
  }

  function anySearch(patterns, text) {
    return patterns.some(function (pattern) { return search(pattern, text) !== null; });
  }

  /** Which of the four elements the draft contains. */
  function detectElements(draft, rules) {
    var found = {};
    (data().elements || []).forEach(function (name) { found[name] = false; });
    rules.forEach(function (rule) {
      if (rule.check === "element" && Afterview.text.own(found, rule.element)) {
        var text = rule.element === "signature" ? draft.body : draft.elementText;
        found[rule.element] = anySearch(rule.patterns, text);
      }
    });
    return found;
  }

  /** Lower-case words of a name, without titles such as Ms or Dr. */
  function nameTokens(name) {
    var titles = data().nameTitles || [];
    var tokens = new Set();
    name.toLowerCase().split(NAME_SEPARATORS)
      .forEach(function (word) {
        if (word && titles.indexOf(word) < 0) tokens.add(word);
      });
    return tokens;
  }

  function countWords(text) {
    return searchAll(shared("word"), text).length;
  }

  /** One whole-note finding when the rule's element is missing. */
  function elementMissing(rule, draft, channel, context, elements, finding) {
    return Afterview.text.own(elements, rule.element || "") && elements[rule.element] ? [] : [finding(null)];
  }

  /** One whole-note finding when none of the rule's patterns is in the body. */
  function required(rule, draft, channel, context, elements, finding) {
    return anySearch(rule.patterns, draft.body) ? [] : [finding(null)];
  }

  /** A body longer than the channel's word limit. */
  function tooManyWords(rule, draft, channel, context, elements, finding) {
    var limit = Afterview.text.own(rule.limits, channel) ? rule.limits[channel] : null;
    var count = countWords(draft.body);
    return limit && count > limit ? [finding(null, count + " words, over " + limit)] : [];
  }

  /** An email without a subject line. */
  function subjectMissing(rule, draft, channel, context, elements, finding) {
    return draft.subject ? [] : [finding(null)];
  }

  /** One finding per line on which a forbidden pattern matches (the subject counts as a line). */
  function forbid(rule, draft, channel, context, elements, finding) {
    var results = [];
    var i;
    var match;
    if (draft.subject) {
      for (i = 0; i < rule.patterns.length; i++) {
        match = search(rule.patterns[i], draft.subject);
        if (match) {
          results.push(finding(draft.subjectLine, excerpt(match.text)));
          break;
        }
      }
    }
    if (!anySearch(rule.patterns, draft.body)) return results;
    draft.body.split("\n").forEach(function (line, index) {
      for (var j = 0; j < rule.patterns.length; j++) {
        var found = search(rule.patterns[j], line);
        if (found) {
          results.push(finding(index + 1, excerpt(found.text)));
          break;
        }
      }
    });
    return results;
  }

  /** A subject too short or too generic to say what the email is for. */
  function vagueSubject(rule, draft, channel, context, elements, finding) {
    if (!draft.subject) return [];
    var words = countWords(draft.subject);
    var generic = anySearch(rule.patterns, draft.subject);
    return generic || words < rule.limits.min_words ? [finding(draft.subjectLine, excerpt(draft.subject))] : [];
  }

  /** A subject too long to read in an inbox list. */
  function longSubject(rule, draft, channel, context, elements, finding) {
    var length = Afterview.text.length(draft.subject || "");
    return length > rule.limits.max_chars ? [finding(draft.subjectLine, length + " characters")] : [];
  }

  /** The greeting names nobody the note is meant for. */
  function greetingMismatch(rule, draft, channel, context, elements, finding) {
    var known = new Set();
    (context.recipients || []).forEach(function (name) {
      nameTokens(name).forEach(function (token) { known.add(token); });
    });
    if (!known.size) return [];
    var match = searchGroup(rule.patterns[0], draft.body);
    if (!match) return [];
    var greeted = Array.from(nameTokens(match.group));
    if (greeted.some(function (token) { return known.has(token); })) return [];
    return [finding(lineOf(draft.body, match.start), excerpt(match.group))];
  }

  /** An email signature without a full name, a contact line or a LinkedIn link. */
  function signatureContact(rule, draft, channel, context, elements, finding) {
    if (!elements.signature) return [];
    var signoffs = searchAll(shared("signoff_line"), draft.body);
    var block = signoffs.length ? draft.body.slice(signoffs[signoffs.length - 1].end)
      : Array.from(draft.body).slice(-300).join("");
    var lines = block.split("\n").map(Afterview.text.strip).filter(Boolean);
    var fullName = lines.length > 0 && Afterview.text.split(lines[0]).length >= 2;
    var email = search(rule.patterns[0], block);
    var phone = search(rule.patterns[1], block);
    var linkedin = search(rule.patterns[2], block);
    if (fullName && (email || phone) && linkedin) return [];
    var missing = [["full name", fullName], ["email or phone", email || phone], ["LinkedIn link", linkedin]]
      .filter(function (item) { return !item[1]; })
      .map(function (item) { return item[0]; });
    return [finding(null, "missing " + missing.join(", "))];
  }

  /** A LinkedIn note longer than LinkedIn lets you send (a connection-request note when the context says so). */
  function overLengthLimit(rule, draft, channel, context, elements, finding) {
    var length = Afterview.text.length(Afterview.text.strip(draft.body));
    var limits = rule.limits;
    if (context.linkedin_format !== "connection") {
      return length > limits.message ? [finding(null, length + " characters, over " + limits.message)] : [];
    }
    if (length > limits.connection) return [finding(null, length + " characters, over " + limits.connection)];
    if (length > limits.connection_free) {
      return [finding(null, length + " characters, over " + limits.connection_free + " on a free account", "warning")];
    }
    return [];
  }

  function isCapital(ch) {
    return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  }

  /** The company name at the start of the words after a cue: capitalised words and the words that join them. */
  function companyName(words) {
    var joiners = data().companyJoiners || [];
    var notNames = data().companyNotNames || [];
    var kept = [];
    var parts = Afterview.text.split(words);
    for (var i = 0; i < parts.length; i++) {
      var word = parts[i];
      var bare = word;
      if (bare.slice(-2) === "'s" || bare.slice(-2) === "\u2019s") bare = bare.slice(0, -2);
      var first = Array.from(bare)[0] || "";
      if (kept.length && joiners.indexOf(bare.toLowerCase()) >= 0) {
        kept.push(bare);
      } else if ((first && isCapital(first)) || (first >= "0" && first <= "9")) {
        kept.push(bare);
        if (bare !== word) break;
      } else {
        break;
      }
    }
    while (kept.length && joiners.indexOf(kept[kept.length - 1].toLowerCase()) >= 0) kept.pop();
    if (!kept.length || notNames.indexOf(kept[0].toLowerCase().replace(/\.+$/, "")) >= 0) return "";
    return kept.join(" ");
  }

  /** The words that identify a company, in lower case, without suffixes such as Ltd. */
  function companyTokens(name) {
    var suffixes = data().companySuffixes || [];
    var tokens = new Set();
    var distinctive = new Set();
    name.toLowerCase().split(NAME_SEPARATORS).forEach(function (word) {
      if (!word || suffixes.indexOf(word) >= 0) return;
      tokens.add(word);
      // Words many companies share ("Dental", "Health") do not tell two companies apart.
      if (search(shared("organisation_word"), word) === null) distinctive.add(word);
    });
    return distinctive.size ? distinctive : tokens;
  }

  function overlaps(left, right) {
    return Array.from(left).some(function (token) { return right.has(token); });
  }

  /** Each company named after a cue, with where its name starts (words that are not a name may hold the next cue). */
  function companiesNamed(cue, text) {
    var regex = new RegExp(cue, "dgmu");
    var haystack = searchable(text);
    var found = [];
    var match;
    while ((match = regex.exec(haystack)) !== null) {
      var group = match.indices[1];
      var name = group ? companyName(text.slice(group[0], group[1])) : "";
      if (name && companyTokens(name).size) {
        found.push({start: group[0], name: name});
      } else {
        regex.lastIndex = Math.max(group ? group[0] : 0, match.index + 1);
      }
    }
    return found;
  }

  /** A company named as the one the note is for that is not the addressee (or a second such company). */
  function companyMismatch(rule, draft, channel, context, elements, finding) {
    var named = [];
    if (draft.subject) {
      companiesNamed(rule.patterns[0], draft.subject).forEach(function (item) {
        named.push({line: draft.subjectLine || 1, name: item.name});
      });
    }
    companiesNamed(rule.patterns[0], draft.body).forEach(function (item) {
      named.push({line: lineOf(draft.body, item.start), name: item.name});
    });
    var known = companyTokens(String(context.company || ""));
    if (known.size) {
      return named.filter(function (item) { return !overlaps(companyTokens(item.name), known); })
        .map(function (item) { return finding(item.line, excerpt(item.name)); });
    }
    var first = null;
    for (var i = 0; i < named.length; i++) {
      var tokens = companyTokens(named[i].name);
      if (first === null) {
        first = tokens;
      } else if (!overlaps(tokens, first)) {
        return [finding(named[i].line, excerpt(named[i].name), "warning")];
      }
    }
    return [];
  }

  function capitalLetters(word) {
    return (word.match(/[A-Z]/g) || []).length;
  }

  /** One finding per line with a run of words in capitals long enough to be a shouted sentence. */
  function shouting(rule, draft, channel, context, elements, finding) {
    var results = [];
    var lines = draft.subject ? [[draft.subjectLine, draft.subject]] : [];
    draft.body.split("\n").forEach(function (line, index) { lines.push([index + 1, line]); });
    lines.forEach(function (item) {
      var line = item[1];
      var tokens = searchAll(shared("word"), line).map(function (m) { return line.slice(m.start, m.end); });
      tokens.push("");
      var run = [];
      for (var i = 0; i < tokens.length; i++) {
        if (CAPITALS_WORD.test(tokens[i])) {
          run.push(tokens[i]);
          continue;
        }
        var letters = run.reduce(function (sum, word) { return sum + capitalLetters(word); }, 0);
        if (run.length >= rule.limits.min_words && letters >= rule.limits.min_letters) {
          results.push(finding(item[0], excerpt(run.join(" "))));
          break;
        }
        run = [];
      }
    });
    return results;
  }

  /** One finding per line for its first sentence a pattern matches (the subject counts), quoting what it found. */
  function sentenceForbid(rule, draft, channel, context, elements, finding) {
    var subject = draft.subject ? [{text: draft.subject, line: draft.subjectLine || 1}] : [];
    var results = [];
    subject.concat(draft.sentences).forEach(function (sentence) {
      if (results.length && results[results.length - 1].line === sentence.line) return;
      for (var i = 0; i < rule.patterns.length; i++) {
        var match = search(rule.patterns[i], sentence.text);
        if (match) {
          results.push(finding(sentence.line, excerpt(match.text || sentence.text)));
          return;
        }
      }
      if (modelCodes(sentence.text).indexOf(rule.code) >= 0) results.push(finding(sentence.line, excerpt(sentence.text)));
    });
    return results;
  }

  /** A sentence's words and pairs of neighbouring words, sorted, as afterview/sentence_model.py makes them. */
  function modelFeatures(text) {
    var lower = text.replace(/[A-Z\u2019]/g, function (c) { return c === "\u2019" ? "'" : c.toLowerCase(); });
    var words = (lower.match(MODEL_TOKEN) || []).map(function (word) { return /^[0-9]+$/.test(word) ? "0" : word; });
    var found = new Set(words);
    for (var i = 0; i + 1 < words.length; i++) found.add(words[i] + " " + words[i + 1]);
    if (text.indexOf("?") >= 0) found.add("<q>");
    return Array.from(found).sort();
  }

  /** The rule codes of the red flags the sentence model sees in one sentence (remembered: every rule asks). */
  function flaggedCodes(text) {
    if (modelMemory.has(text)) return modelMemory.get(text);
    if (modelMemory.size >= 4096) modelMemory.clear();
    var codes = scoredCodes(text);
    modelMemory.set(text, codes);
    return codes;
  }

  /** The model's red flags for a sentence, less those its courtesy pattern shows to be polite. */
  function modelCodes(text) {
    return flaggedCodes(text).filter(function (code) {
      var courtesy = shared("courtesy_" + code);
      return courtesy === undefined || search(courtesy, text) === null;
    });
  }

  function scoredCodes(text) {
    var found = modelFeatures(text);
    var codes = [];
    SENTENCE_MODEL.categories.forEach(function (category) {
      var total = category.bias;
      found.forEach(function (feature) {
        if (Afterview.text.own(category.weights, feature)) total += category.weights[feature];
      });
      if (total > SENTENCE_MODEL.min_score && codes.indexOf(category.code) < 0) codes.push(category.code);
    });
    return codes;
  }

  /** A greeting with a title before a first name and a surname ("Dear Dr. Wei Chen"; not "Dr. and Mrs. Chen"). */
  function titleFullName(rule, draft, channel, context, elements, finding) {
    var match = searchGroup(rule.patterns[0], draft.body);
    if (!match) return [];
    var words = Afterview.text.split(match.group);
    var titles = data().nameTitles || [];
    if (!words.length || titles.indexOf(words[0].toLowerCase().replace(/\.+$/, "")) < 0) return [];
    var names = 0;
    for (var i = 1; i < words.length; i++) {  // the name runs on while its words are capitalised or particles
      if (search(shared("surname_particle"), words[i]) !== null) continue;
      if (!isCapital(Array.from(words[i])[0] || "")) break;
      names += 1;
      var bare = words[i].replace(/[.!?]+$/, "");
      if (Array.from(bare).length > 1 && bare !== words[i]) break;  // "Mr Danjuma. Thank you": the sentence ends
    }
    if (names >= 2) {
      return [finding(lineOf(draft.body, match.start), excerpt(Afterview.text.strip(match.group)))];
    }
    return [];
  }

  /** A common word capitalised after a lower-case word, unless a capitalised word follows (a name: "The Hobbit"). */
  function strayCapitals(rule, draft, channel, context, elements, finding) {
    var results = [];
    draft.body.split("\n").forEach(function (line, index) {
      var matches = searchAll(rule.patterns[0], line);
      for (var i = 0; i < matches.length; i++) {
        var match = matches[i];
        var word = match.group;
        var end = match.groupStart + word.length;
        var following = Afterview.text.split(line.slice(end));
        var gap = line.charAt(end);
        var nextWord = following.length && (gap === " " || gap === "\t") ? following[0] : "";
        var before = line.charAt(match.start);
        var rest = word.slice(1);
        if (before >= "a" && before <= "z" && isCapital(word.charAt(0)) && rest === rest.toLowerCase() &&
            !(nextWord && isCapital(Array.from(nextWord)[0]))) {
          results.push(finding(index + 1, excerpt(Afterview.text.strip(word + " " + nextWord))));
          break;
        }
      }
    });
    return results;
  }

  /** The text with A-Z in lower case and every other character as it is (so positions stay the same). */
  function asciiLower(text) {
    return text.replace(/[A-Z]/g, function (ch) { return String.fromCharCode(ch.charCodeAt(0) + 32); });
  }

  /** The first place the text writes the name all in lower case (as a whole word), or null. */
  function writtenInLowerCase(name, text) {
    var wanted = asciiLower(name);
    var haystack = asciiLower(text);
    var start = haystack.indexOf(wanted);
    while (start >= 0) {
      var end = start + wanted.length;
      var found = text.slice(start, end);
      var whole = !(start && LETTER_OR_DIGIT.test(haystack.charAt(start - 1))) &&
        !(end < text.length && LETTER_OR_DIGIT.test(haystack.charAt(end)));
      if (whole && found === asciiLower(found)) return found;
      start = haystack.indexOf(wanted, start + 1);
    }
    return null;
  }

  /** The company the note is for written all in lower case ("acme corp"), in the subject or the body. */
  function companyCase(rule, draft, channel, context, elements, finding) {
    var name = Afterview.text.strip(String(context.company || ""));
    if (!name && draft.subject) {
      var match = searchGroup(rule.patterns[0], draft.subject);
      var guess = match ? Afterview.text.strip(match.group) : "";
      var words = Afterview.text.split(guess);
      if (guess === asciiLower(guess) && words.length && (data().companyNotNames || []).indexOf(words[0]) < 0) {
        name = guess;
      }
    }
    if (!name || !/[A-Za-z]/.test(name)) return [];
    var units = draft.subject ? [[draft.subjectLine, draft.subject]] : [];
    draft.body.split("\n").forEach(function (line, index) { units.push([index + 1, line]); });
    var results = [];
    units.forEach(function (unit) {
      var found = writtenInLowerCase(name, unit[1]);
      if (found !== null) results.push(finding(unit[0], excerpt(found)));
    });
    return results;
  }

  /** More than one sentence that is a stock closing line: one finding, on the second. */
  function closingPile(rule, draft, channel, context, elements, finding) {
    var closings = [];
    draft.sentences.forEach(function (sentence) {
      if (closings.length && closings[closings.length - 1].line === sentence.line) {
        return;
      }
      for (var i = 0; i < rule.patterns.length; i++) {
        var match = search(rule.patterns[i], sentence.text);
        if (match) {
          closings.push({line: sentence.line, words: match.text});
          break;
        }
      }
    });
    return closings.length < 2 ? [] : [finding(closings[1].line, excerpt(closings[1].words))];
  }

  var CHECKS = {
    "element": elementMissing,
    "forbid": forbid,
    "require": required,
    "max-words": tooManyWords,
    "subject-missing": subjectMissing,
    "subject-vague": vagueSubject,
    "subject-long": longSubject,
    "greeting-mismatch": greetingMismatch,
    "signature-contact": signatureContact,
    "length-limit": overLengthLimit,
    "company-mismatch": companyMismatch,
    "capitals": shouting,
    "sentence-forbid": sentenceForbid,
    "title-full-name": titleFullName,
    "stray-capital": strayCapitals,
    "company-case": companyCase,
    "closing-pile": closingPile,
  };

  function severityFor(rule, kind) {
    var table = rule.severity_by_kind || {};
    return kind !== null && Afterview.text.own(table, kind) ? table[kind] : rule.severity;
  }

  /** Run one rule on a prepared draft. */
  function evaluate(rule, draft, channel, context, elements) {
    var kind = context.kind === undefined ? null : context.kind;
    function finding(line, detail, severity) {
      var message = rule.message + (detail ? " (found \"" + detail + "\")" : "");
      return {code: rule.code, severity: severity || severityFor(rule, kind), message: message, line: line};
    }
    if (!Afterview.text.own(CHECKS, rule.check)) {
      throw new Error(rule.code + ": unknown check '" + rule.check + "'");
    }
    return CHECKS[rule.check](rule, draft, channel, context, elements, finding);
  }

  /** Check a draft note: the four elements found, and every rule's findings in registry order. */
  function check(text, channel, context, rules) {
    var channels = data().channels || [];
    if (channels.indexOf(channel) < 0) {
      throw new Error("unknown channel '" + channel + "'; use one of " + channels.join(", "));
    }
    context = context || {};
    rules = rules || data().rules || [];
    var draft = prepare(checkedPart(text), channel, context);
    var elements = detectElements(draft, rules);
    var findings = [];
    rules.forEach(function (rule) {
      if (rule.target === "draft" && applies(rule, channel, context)) {
        findings.push.apply(findings, evaluate(rule, draft, channel, context, elements));
      }
    });
    return {elements: elements, findings: findings};
  }

  /** The job one sentence does in a note: the first of SENTENCE_ROLES whose signals it shows. */
  function sentenceRole(sentence, rules) {
    rules = rules || data().rules || [];
    var byCode = {};
    var byElement = {};
    rules.forEach(function (rule) {
      byCode[rule.code] = rule;
      if (rule.check === "element" && rule.element) byElement[rule.element] = rule;
    });
    var patterns = data().patterns || {};
    for (var i = 0; i < SENTENCE_ROLES.length; i++) {
      var role = SENTENCE_ROLES[i];
      var signals = [];
      if (Afterview.text.own(ROLE_RULES, role)) {
        ROLE_RULES[role].forEach(function (code) {
          if (Afterview.text.own(byCode, code)) signals = signals.concat(byCode[code].patterns);
        });
      } else if (Afterview.text.own(ROLE_ELEMENTS, role)) {
        var elementRule = Afterview.text.own(byElement, ROLE_ELEMENTS[role]) ? byElement[ROLE_ELEMENTS[role]] : null;
        signals = elementRule ? elementRule.patterns : [];
      } else if (Afterview.text.own(patterns, "role_" + role)) {
        signals = [patterns["role_" + role]];
      }
      if (anySearch(signals, sentence)) return role;
      if (Afterview.text.own(ROLE_RULES, role) && ROLE_RULES[role].some(function (code) {
        return Afterview.text.own(byCode, code) && modelCodes(sentence).indexOf(code) >= 0;
      })) return role;
    }
    return "other";
  }

  /** Each sentence of a draft's body with its line and role. */
  function sentenceRoles(text, channel, context, rules) {
    var draft = prepare(text, channel, context || {});
    return draft.sentences.map(function (sentence) {
      return {line: sentence.line, text: sentence.text, role: sentenceRole(sentence.text, rules)};
    });
  }

  Afterview.check = check;
  Afterview.checker = {searchable: searchable, excerpt: excerpt, nameTokens: nameTokens, prepare: prepare,
    sentenceRole: sentenceRole, sentenceRoles: sentenceRoles};
})(window);
