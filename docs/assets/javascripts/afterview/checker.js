/* Afterview: the draft checker, a port of afterview/checker.py (the parity tests compare them).
 * Needs render.js (Afterview.text) and reads its rules from window.AFTERVIEW_DATA. */
(function (global) {
  "use strict";
  var Afterview = global.Afterview = global.Afterview || {};
  var EXCERPT_LENGTH = 40;
  // A note is a few hundred words: a longer text is checked on its lines within this many characters.
  var MAX_CHECKED_CHARACTERS = 20000;
  // The jobs a sentence can do, in the order they are tried, and what shows each (as in afterview/rules.py).
  var SENTENCE_ROLES = ["pressure", "pay", "negativity", "thanks", "closing", "logistics", "moment", "interest",
    "evidence", "other"];
  var ROLE_RULES = {pressure: ["AV501"], pay: ["AV505"], negativity: ["AV507", "AV508", "AV510"]};
  // sentence-model:start (written by `python -m tests.train_sentence_model`)
  var SENTENCE_MODEL = {"min_score":-0.4055,"categories":[{"flag":"pressure","code":"AV501","bias":-6.0527,"weights":{"0":-0.35,"0 0":-0.54,"0 hours":0.46,"30th":0.54,"<q>":2.32,"a company":-0.3,"a decision":0.37,"a firm":0.32,"a lovely":-0.32,"a no":1.27,"a relocation":-0.34,"a response":0.61,"a verdict":0.82,"a yes":1.27,"about me":0.76,"accept elsewhere":0.35,"adeyemi":-0.3,"after":-0.37,"after i":0.61,"afternoon":-0.41,"again":-0.39,"aisha":-0.3,"all":-0.37,"allowance":-0.66,"along":0.43,"along i":0.49,"alright":0.32,"always":-0.4,"am":-0.31,"an":0.52,"an answer":0.76,"an eye":0.41,"an offer":-0.43,"an update":0.46,"and accept":0.35,"and i":-0.33,"and revert":0.67,"and tell":0.57,"another company":0.57,"another offer":0.3,"answer":1.9,"answer before":0.61,"answer by":0.47,"answer from":0.32,"answer this":0.31,"answer within":0.63,"any chance":0.64,"any further":-0.42,"any idea":0.36,"anything about":0.76,"anything else":-0.45,"application":0.32,"appreciate":0.35,"appreciate a":1.11,"appreciate it":-0.43,"are you":0.54,"aren't interested":0.35,"around":0.71,"around indefinitely":0.63,"as i":0.88,"as two":0.56,"ask":-0.33,"asked":-0.53,"asked for":-0.48,"assessment":-0.36,"assessment will":-0.35,"assume":0.93,"assume it's":0.47,"assume you":0.34,"attached":-0.47,"back":0.59,"back from":0.81,"back if":0.44,"be":-0.36,"be at":-0.36,"be calling":0.59,"be grateful":0.42,"be in":0.44,"been made":0.5,"been selected":0.73,"been successful":0.71,"before":0.98,"before my":0.64,"before the":0.67,"before you":1.15,"begging":-0.48,"begging you":-0.48,"best":-0.82,"best wishes":-0.38,"bills to":0.49,"bonus":-0.36,"but can":0.45,"by":0.82,"by eod":0.3,"by friday":0.81,"by tomorrow":0.75,"by tuesday":0.47,"by wednesday":0.7,"call your":0.57,"calling":0.59,"calling your":0.59,"can":0.41,"can i":0.79,"can we":0.49,"can't":0.65,"can't keep":0.42,"can't wait":0.51,"candidates":-0.43,"car":-0.6,"card":-0.31,"case you've":0.74,"chance you":0.64,"change":-0.36,"check in":0.31,"cheers":-0.76,"com":-0.5,"come":-0.37,"comes":-0.39,"comes with":-0.4,"company car":-0.36,"company is":0.59,"compared":0.74,"compared notes":0.74,"completely":-0.45,"confirm":1.23,"confirm by":0.85,"confirm my":1.16,"confirm whether":-0.64,"contract by":-0.43,"contract ends":0.67,"could give":0.52,"could tell":0.64,"could you":-0.72,"couple":0.44,"couple of":0.44,"current contract":0.67,"cut":0.5,"days":0.64,"days until":0.44,"dear":-0.83,"dear mr":-0.43,"dear ms":-0.43,"decide":1.03,"decide quickly":0.47,"decided":0.47,"decision":1.12,"decision from":0.53,"decision has":0.5,"decision might":-0.31,"decision on":0.34,"decision this":0.42,"decision to":0.3,"delighted":-0.31,"delighted to":-0.31,"did":1.09,"did i":1.0,"did the":0.66,"do":-0.62,"do staff":-0.45,"do you":0.41,"does":-0.66,"does the":-0.66,"don't get":-0.33,"don't hear":0.94,"don't know":-0.33,"down":-0.35,"dr":-0.34,"drag":0.47,"drag this":0.47,"during":-0.34,"dying":0.36,"dying to":0.36,"earliest":1.16,"either":0.44,"either way":0.44,"else":-0.66,"end of":0.45,"ends":0.67,"ends on":0.67,"eod":0.3,"eod today":0.3,"every":0.3,"every couple":0.44,"every morning":0.59,"example":-0.36,"example com":-0.3,"expect":0.85,"expect an":1.22,"expedite":0.67,"expedite the":0.67,"eye":0.36,"eye on":0.74,"eze":-0.33,"fast":0.55,"fast as":0.56,"fifth":0.65,"fifth follow":0.71,"final":0.78,"final answer":0.91,"final result":0.3,"find out":0.33,"firm answer":0.32,"firms":0.56,"firms want":0.56,"first":-0.43,"follow":0.32,"follow up":0.32,"for a":0.31,"for any":-0.35,"for my":-0.39,"for this":-0.37,"for you":0.6,"forward":-0.4,"forward to":-0.34,"fourth":0.56,"fourth time":0.56,"free":-0.63,"friday":0.31,"friday at":0.67,"friday whether":0.6,"from me":-0.53,"from you":0.92,"further":-0.42,"further information":-0.34,"get a":-0.32,"get an":0.59,"get this":-0.33,"get your":0.87,"give":0.64,"going":0.92,"going i'm":0.36,"going through":0.53,"going to":0.54,"good":-0.63,"got":0.78,"got it":1.0,"got the":0.62,"grace":-0.41,"grateful for":0.43,"had":-0.4,"hannah":-0.46,"has the":1.1,"have":0.31,"have a":-0.45,"have since":-0.33,"have three":0.32,"have two":0.47,"have you":1.48,"have your":0.63,"health":-0.33,"hear":0.83,"hear back":1.17,"hear by":0.35,"hear i've":0.67,"hearing":-0.36,"help me":0.55,"hi":-1.04,"hire":0.4,"hire me":0.4,"hired":0.61,"holding":0.71,"holding off":0.71,"home":-0.4,"honestly":-0.69,"honestly don't":-0.33,"hope":-0.55,"hope to":-0.36,"hours":0.33,"how much":0.3,"how soon":0.73,"hurry":0.71,"hurry up":0.71,"i am":-0.31,"i can":-0.41,"i can't":1.02,"i don't":0.47,"i expect":1.37,"i got":0.7,"i have":0.38,"i hear":0.71,"i honestly":-0.33,"i hope":-0.33,"i left":0.61,"i make":1.0,"i need":1.5,"i really":-0.58,"i stand":0.61,"i understand":-0.31,"i understood":-0.31,"i want":-0.33,"i wanted":-0.32,"i was":-0.38,"i will":0.55,"i'd appreciate":0.67,"i'll":0.77,"i'll assume":0.94,"i'll check":0.44,"i'll do":-0.4,"i'll need":0.32,"i'll return":-0.43,"i'm begging":-0.45,"i'm dying":0.36,"i'm going":0.53,"i'm hired":0.45,"i'm holding":0.71,"i'm hoping":0.63,"i'm in":0.5,"i've got":0.72,"i've written":0.56,"idea yet":0.36,"if":0.43,"if i":1.34,"if i'm":0.62,"if not":-0.7,"if that's":0.37,"if the":0.42,"if there's":-0.43,"if you":-0.53,"in case":0.45,"in every":0.44,"in my":-0.3,"in touch":-0.32,"include":-0.44,"indefinitely":0.63,"indefinitely for":0.63,"indication":0.53,"indication today":0.53,"information":-0.43,"ingat":-0.38,"ingat always":-0.38,"interest":0.44,"interest to":0.47,"interview":-0.35,"interviews":0.47,"interviews this":0.78,"is it":0.43,"is mine":0.89,"is my":0.52,"is ready":0.61,"is there":-0.85,"it a":0.59,"it before":0.67,"it no":-0.43,"it that":0.32,"it would":0.74,"it's a":0.52,"it's going":0.36,"job is":0.89,"job or":0.54,"just tell":0.75,"keen":-0.38,"keep an":0.45,"keep my":0.36,"kind":-0.56,"kind regards":-0.41,"kindly":1.3,"kindly confirm":1.16,"kindly expedite":0.67,"kindly revert":0.3,"know":0.41,"know if":0.45,"know the":0.36,"know today":0.45,"know what":-0.34,"know yet":0.64,"last":-0.64,"last week":-0.46,"later":0.73,"later than":0.81,"latest":0.67,"leave":-0.43,"leeds":-0.38,"leeds office":-0.35,"left":0.41,"let":-0.61,"let me":-0.44,"let's":0.36,"let's not":0.47,"life":0.39,"life on":0.42,"longer":1.02,"longer before":1.15,"lovely":-0.31,"make":0.57,"make a":-0.42,"make the":1.0,"many":-0.32,"marcus":-0.37,"may want":0.32,"me after":0.73,"me before":-0.36,"me by":0.31,"me either":0.56,"me if":0.76,"me in":-0.37,"me know":-0.46,"me out":0.47,"me some":0.53,"me the":0.97,"me this":-0.43,"me today":0.3,"me what":-0.41,"me yet":0.37,"mentioned":-0.49,"messages":-0.32,"might":-0.39,"might come":-0.31,"mine":0.87,"misery":0.57,"misery and":0.57,"monday i'll":0.35,"monday morning":0.89,"monday september":-0.38,"monday to":0.57,"month":-0.52,"more":-0.44,"morning":0.9,"morning to":0.89,"morning until":0.59,"move fast":0.56,"move quickly":0.32,"mr":-0.47,"mrs":-0.35,"ms":-0.55,"much for":-0.3,"much longer":1.15,"my answer":-0.52,"my application":0.39,"my decision":0.3,"my fifth":0.71,"my life":0.42,"my misery":0.57,"my phone":0.48,"my previous":-0.54,"my selection":1.16,"na":0.3,"na po":0.33,"need":1.26,"need a":0.84,"need from":-0.36,"need this":-0.55,"need to":1.36,"need you":0.51,"need your":0.61,"new":-0.3,"next two":0.63,"next week":-0.41,"no":0.89,"no before":0.65,"no if":0.47,"no later":0.81,"no stress":-0.43,"nod":0.52,"nod by":0.52,"not drag":0.47,"not i":-0.31,"not in":0.32,"note":-0.3,"notes":0.69,"notes yet":0.74,"nothing":-0.3,"now":-0.36,"of days":0.44,"of whether":0.51,"off":0.5,"off on":0.71,"offer and":-0.46,"offer for":0.71,"offer me":0.54,"offering":0.51,"offering me":0.51,"office":0.57,"office every":0.59,"office on":0.57,"office or":-0.35,"on another":0.71,"on hold":0.42,"on monday":0.36,"on my":0.7,"on timing":-0.51,"on whether":1.19,"one":-0.54,"online":-0.35,"only":-0.35,"or":1.32,"or a":0.41,"or no":0.65,"or not":1.5,"or online":-0.35,"other":1.11,"other company":0.3,"other firms":0.56,"other interviews":0.78,"otherwise":0.32,"otherwise i'll":0.32,"our":-0.34,"out i":0.47,"out of":0.33,"out whether":0.34,"outcome":1.12,"outcome within":0.67,"over":-0.35,"overtime":-0.31,"owner":0.71,"owner say":0.76,"panel":0.3,"panel compared":0.74,"panel reached":0.37,"pasensya":0.45,"pasensya na":0.45,"pay":-0.69,"per":-0.4,"phone":1.09,"phone on":0.89,"phone tonight":0.74,"pick":-0.36,"picked":0.67,"picked someone":0.67,"plan around":0.49,"plans":-0.3,"please":0.52,"please confirm":0.6,"please hurry":0.71,"please i'm":-0.35,"please just":0.56,"please put":0.57,"please sir":0.57,"po but":0.45,"po ingat":-0.38,"practical":-0.34,"practical assessment":-0.35,"previous":-0.71,"priya":-0.43,"probably":-0.33,"process and":0.57,"put":0.39,"put me":0.48,"question":-0.34,"quickly":0.87,"quite":-0.36,"reached":1.09,"reached a":0.82,"reached its":0.37,"read":-0.34,"ready":0.56,"ready to":0.56,"really":-0.4,"really help":0.63,"received":-0.49,"reckon":0.52,"reckon you":0.52,"references":-0.33,"regards":-0.91,"relocation":-0.34,"reply":-0.35,"resending":-0.38,"respectfully":-0.37,"response":0.49,"response today":0.71,"result":0.3,"result as":0.3,"return":-0.42,"return the":-0.42,"revert":0.96,"revert by":0.3,"revert with":0.67,"rn":-0.32,"role comes":-0.32,"role i":-0.35,"role or":0.67,"salary":-0.52,"say":0.31,"say anything":0.76,"second":-0.39,"selected":0.72,"selection":1.16,"selection at":1.16,"send":-0.31,"september":-0.43,"september 0":-0.38,"share":-0.33,"shift":-0.37,"short":-0.33,"signed":-0.45,"signed contract":-0.43,"since":-0.46,"since another":0.51,"sincerely":-0.83,"sir i":0.46,"so":0.46,"so did":1.0,"so i":-0.61,"so i'd":0.47,"so it":0.47,"so much":-0.34,"so please":1.23,"some":0.51,"some indication":0.53,"someone":0.61,"someone for":0.67,"soon po":-0.38,"soon will":0.73,"speed":0.99,"speed things":0.99,"spot":0.48,"spot i":0.51,"staff":-0.52,"staff get":-0.45,"stand by":0.61,"start":-0.65,"start on":-0.61,"steps":-0.31,"still":-0.42,"stress":-0.43,"stress if":-0.43,"successful":0.71,"successful yet":0.71,"sure you":0.51,"take it":0.31,"tell":0.7,"tell me":0.96,"than":0.63,"than next":0.31,"than wednesday":0.81,"thanks":-0.61,"thanks for":-0.31,"that's alright":0.44,"the 30th":0.54,"the call":-0.43,"the company":-0.33,"the cut":1.0,"the day":0.72,"the earliest":1.16,"the end":0.44,"the final":0.41,"the fourth":0.56,"the job":0.78,"the latest":0.67,"the leeds":-0.35,"the nod":0.52,"the outcome":1.12,"the owner":0.73,"the panel":0.43,"the practical":-0.35,"the role":0.34,"the running":0.41,"the salary":-0.33,"the second":-0.31,"the signed":-0.43,"the spot":0.51,"the third":0.42,"the way":-0.31,"the weekend":1.17,"then":-0.31,"there":-0.76,"there any":-0.31,"there anything":-0.4,"there's":-0.53,"there's any":-0.44,"things along":0.49,"things stand":-0.41,"things up":0.51,"third":0.42,"third time":0.44,"this chance":-0.41,"this is":0.93,"this job":-0.46,"this out":0.47,"this position":-0.39,"this role":-0.66,"this week":2.43,"three other":0.32,"time i've":0.56,"time this":0.5,"timeline":-0.49,"times":-0.42,"timing":-0.51,"timing i'd":-0.43,"to be":-0.52,"to get":0.64,"to have":0.47,"to hire":0.51,"to know":1.1,"to make":-0.32,"to move":0.46,"to offer":0.54,"to plan":0.48,"to speed":0.51,"today":1.25,"today if":0.45,"today of":0.53,"today whether":0.32,"today with":0.3,"tomorrow":0.88,"tomorrow whether":0.47,"tonight":0.74,"tonight in":0.74,"touch":-0.33,"two":0.37,"two days":0.63,"two other":1.01,"understand i":0.63,"understood":-0.31,"understood a":-0.31,"until":1.02,"until i":1.28,"up for":0.47,"up in":-0.36,"up on":-0.41,"up so":0.71,"verdict":0.82,"verdict on":0.82,"wait":0.43,"wait around":0.63,"waiting":-0.32,"want me":0.56,"wanted":-0.41,"wanted to":-0.39,"warm":-0.34,"warm regards":-0.31,"warmly":-0.37,"was":-0.31,"way it's":0.36,"we speed":0.49,"wednesday":0.69,"wednesday otherwise":0.32,"week":0.58,"week and":-0.37,"week as":0.42,"week on":0.5,"week rather":0.31,"week so":0.7,"weekend":0.71,"weeks":-0.33,"well":-0.52,"what":-0.58,"what i'll":-0.33,"whatever":-0.31,"when":-0.35,"when can":0.34,"when you":-0.37,"where i":0.37,"where things":-0.41,"whether":1.36,"whether a":0.39,"whether i":0.64,"whether i'm":0.84,"whether i've":0.85,"whether the":-0.57,"whether you're":0.6,"which way":0.36,"who":-0.36,"will":0.54,"will be":-0.47,"will call":0.57,"will i":0.73,"will phone":0.89,"will start":-0.47,"wishes":-0.41,"with a":-0.38,"with you":-0.32,"within":1.02,"within 0":0.63,"within the":0.63,"would i":-0.41,"would need":0.61,"would really":0.58,"would the":-0.4,"written":0.49,"written so":0.56,"year":-0.31,"years":-0.32,"yes":1.18,"yes or":1.27,"yet":2.47,"yet if":0.64,"yet which":0.36,"you aren't":0.35,"you by":0.74,"you confirm":-0.41,"you could":1.01,"you decide":0.92,"you expect":-0.39,"you going":0.54,"you know":0.47,"you let":-0.36,"you may":0.32,"you mentioned":-0.33,"you need":-0.77,"you no":0.81,"you picked":0.67,"you reached":0.82,"you so":0.38,"you soon":-0.46,"you tell":-0.58,"you this":0.47,"you understand":0.63,"you'll":0.31,"you'll need":0.65,"you're":0.35,"you're offering":0.6,"you've":0.63,"you've decided":0.74,"your answer":1.24,"your decision":0.75,"your final":0.61,"your interest":0.47,"your office":1.02,"yours":-0.59}},{"flag":"silence-complaint","code":"AV508","bias":-6.1536,"weights":{"0 0":-0.47,"<q>":-0.64,"a bit":1.85,"a little":0.85,"a minute":0.39,"a month":0.31,"a peep":0.39,"a record":-0.38,"a shame":0.82,"a short":0.9,"a week":0.31,"acknowledgement":0.72,"acknowledgement by":0.72,"adeyemi":-0.31,"admit":0.47,"admit i":0.47,"after":0.86,"after a":0.49,"after four":0.41,"after i":0.35,"after the":0.5,"afternoon":-0.31,"again":-0.39,"aisha":-0.3,"an":0.38,"an acknowledgement":0.72,"an automated":0.47,"and still":0.79,"another":-0.4,"any communication":0.32,"any information":0.49,"anything":0.57,"anything has":0.49,"anything in":0.6,"applicants":0.49,"application":0.32,"appreciated given":0.51,"as":-0.4,"assessment":0.32,"assessment day":0.32,"at least":1.32,"automated":0.46,"automated reply":0.47,"back":0.91,"back has":0.3,"back to":0.72,"back within":0.42,"be a":-0.39,"be honest":0.49,"be kept":0.7,"be left":0.54,"been":1.83,"been appreciated":0.51,"been checking":0.82,"been courteous":0.62,"been hard":0.57,"been in":0.47,"been pretty":0.5,"been really":0.7,"being":0.65,"being kept":0.51,"being left":0.6,"best":-0.8,"best wishes":-0.39,"bit":1.98,"bit gutted":0.47,"bit ignored":0.49,"bit much":0.37,"bit rough":0.39,"bit rude":0.32,"bothered":0.33,"bothered to":0.33,"busy but":0.51,"but being":0.51,"by friday":-0.3,"by now":1.06,"candidates":1.13,"candidates deserve":0.41,"candidates know":0.6,"candidates waiting":0.32,"checking":0.68,"checking my":0.82,"cheers":-0.77,"com":-0.53,"confidence":0.6,"could spare":0.39,"courteous":0.62,"courteous to":0.62,"current":-0.5,"dark":0.67,"dark for":0.48,"day and":0.63,"dear":-0.81,"dear mr":-0.43,"dear ms":-0.42,"decency":0.44,"decency to":0.44,"demoralising":0.39,"deserve":0.41,"deserve at":0.41,"disappointed":0.59,"disappointed that":0.6,"disappointing":1.07,"disappointing that":0.49,"discouraging":0.67,"discouraging to":0.57,"disheartening":0.48,"disheartening to":0.48,"down":0.5,"down by":0.49,"down not":0.47,"dr":-0.33,"drove":0.39,"drove three":0.39,"even":0.38,"even a":0.51,"even an":0.47,"even for":-0.38,"every day":0.76,"example":-0.35,"eze":-0.33,"feel a":0.44,"feeling":0.45,"feeling rather":0.49,"feels":0.49,"feels a":0.59,"felt":0.39,"felt a":0.47,"final":0.48,"final round":0.86,"find it":0.49,"followed":0.49,"followed up":0.49,"for at":0.72,"for hr":-0.38,"for this":0.5,"for weeks":0.51,"forgotten":0.47,"forgotten after":0.47,"four hour":0.32,"friday":-0.33,"from hr":0.81,"from you":-0.31,"frustrating":0.42,"get back":0.33,"get even":0.47,"given":0.36,"given the":0.49,"go":0.31,"go quiet":0.32,"good":-0.6,"got back":0.62,"grace":-0.41,"gutted":0.47,"gutted nobody's":0.47,"had the":0.39,"hanging":0.6,"hanging after":0.6,"hannah":-0.45,"hard":0.78,"hard on":0.8,"has":1.56,"has been":0.8,"has bothered":0.33,"has followed":0.49,"has got":0.62,"has had":0.44,"has honestly":0.3,"has left":0.49,"have a":-0.3,"have heard":0.35,"have to":0.46,"haven't":0.6,"haven't heard":0.6,"hear nothing":0.5,"heard":0.68,"heard anything":0.6,"heard something":0.35,"hearing":0.36,"hearing a":0.39,"hearing anything":0.59,"hearing back":0.3,"hi":-1.02,"honest":0.49,"honestly":0.64,"honestly been":0.3,"honestly disappointed":0.6,"hope":-0.38,"hoping":0.5,"hoping for":0.68,"hour assessment":0.32,"hours for":0.39,"how":-0.31,"hr":0.4,"hr has":0.33,"hr side":0.49,"i drove":0.39,"i feel":0.45,"i felt":0.47,"i find":0.49,"i have":-0.38,"i haven't":0.6,"i put":0.51,"i thought":0.33,"i was":0.86,"i'd at":0.35,"i'd hear":0.42,"i'll":-0.45,"i'm":-0.39,"i'm a":0.47,"i'm honestly":0.6,"i'm sad":0.41,"i've":-0.31,"i've been":0.34,"if":-0.51,"ignored":0.49,"ignored tbh":0.49,"in limbo":0.51,"in over":0.6,"information":0.36,"information from":0.49,"interview has":0.57,"into the":0.39,"is a":0.32,"is disappointing":0.35,"is frustrating":0.42,"is hard":0.51,"is quite":0.7,"is very":0.47,"isn't great":0.33,"it disappointing":0.49,"it feels":0.32,"it is":0.95,"it would":0.48,"it's":1.5,"it's a":0.59,"it's been":0.63,"it's now":0.42,"it's quite":0.48,"job":-0.34,"just":-0.47,"keep candidates":0.32,"kept":1.12,"kept in":0.7,"kept waiting":0.5,"kind":-0.46,"kind regards":-0.44,"knocked":0.6,"knocked my":0.6,"know where":0.43,"last":-0.34,"least":1.27,"least a":0.42,"least an":0.72,"least have":0.35,"left":1.1,"left hanging":0.6,"left in":0.47,"left me":0.49,"let":0.57,"let candidates":0.6,"let down":0.94,"limbo":0.51,"limbo for":0.51,"little":0.79,"little forgotten":0.47,"little let":0.47,"long":1.56,"long without":0.8,"marcus":-0.34,"may":-0.41,"me feeling":0.49,"me since":0.4,"me which":0.32,"minute":0.39,"minute to":0.39,"month which":0.42,"mr":-0.47,"mrs":-0.35,"ms":-0.54,"much to":0.35,"must be":-0.38,"my confidence":0.6,"my current":-0.47,"my last":-0.3,"my phone":0.72,"need":-0.31,"news has":0.38,"next":-0.36,"nice to":0.32,"no":0.67,"no news":0.38,"no one":0.62,"no rush":-0.32,"no update":0.5,"no word":0.47,"nobody":1.48,"nobody could":0.39,"nobody from":0.33,"nobody has":0.92,"nobody's":0.47,"nobody's been":0.47,"not":0.68,"not hearing":1.24,"not nice":0.32,"not to":0.82,"nothing":1.17,"nothing for":0.5,"now":0.91,"now been":0.42,"now which":0.35,"of radio":0.37,"offer":-0.32,"on applicants":0.51,"one has":0.62,"only":-0.39,"or":-0.32,"our chat":0.42,"our interview":0.33,"out":-0.31,"over three":0.6,"painful":0.68,"painful to":0.68,"peep":0.39,"peep after":0.39,"phone":0.61,"phone every":0.82,"please":-0.47,"po":-0.32,"pretty":0.44,"pretty discouraging":0.5,"priya":-0.44,"put into":0.51,"quiet after":0.32,"quite":1.14,"quite disheartening":0.48,"quite upsetting":0.57,"radio":0.37,"radio silence":0.37,"rather":0.36,"rather let":0.49,"read":-0.41,"really knocked":0.6,"really stressful":0.33,"received one":0.41,"record":-0.42,"record even":-0.38,"regards":-0.91,"reply":0.73,"reply and":0.41,"reply would":0.51,"resending":-0.34,"respectfully":-0.37,"rn":-0.32,"rough":0.37,"rough not":0.39,"round":0.37,"round really":0.6,"rude":0.32,"rude to":0.32,"rush":-0.34,"sad":0.41,"sad not":0.41,"shame":0.82,"shame nobody":0.82,"short":0.66,"short reply":0.9,"side":0.4,"silence":1.11,"silence is":0.37,"silence since":0.83,"since":0.53,"since our":0.79,"since the":0.85,"sincerely":-0.82,"sir it":0.49,"so long":0.49,"something by":0.35,"soon":-0.33,"spare":0.35,"spare a":0.39,"stand":0.34,"start":-0.31,"still nothing":0.82,"stressful":0.33,"sure":-0.33,"tbh":0.49,"tbh nobody":0.49,"than":-0.3,"thanks":-0.58,"that i":0.34,"that no":0.49,"the application":0.47,"the dark":0.67,"the decency":0.44,"the final":0.36,"the interview":0.39,"the silence":0.54,"there":-0.35,"things":0.31,"things stand":0.46,"this long":0.93,"thought i'd":0.34,"three":0.79,"three hours":0.39,"three weeks":1.05,"time i":0.45,"to admit":0.47,"to be":0.61,"to get":0.61,"to go":0.31,"to have":0.31,"to let":0.42,"to me":0.66,"to reply":-0.4,"to the":-0.3,"to update":0.82,"to wait":0.48,"to work":-0.33,"told i'd":0.42,"touch since":0.47,"understand you're":0.51,"up since":0.49,"update":0.82,"update me":0.82,"upsetting":0.77,"upsetting to":0.57,"very painful":0.49,"wait":0.55,"wait so":0.49,"waiting":0.62,"waiting this":0.48,"waiting with":0.5,"want":-0.35,"warm":-0.34,"warm regards":-0.31,"warmly":-0.37,"was hoping":0.72,"was told":0.42,"we":-0.34,"week and":0.35,"weekend":-0.3,"weeks":0.92,"weeks is":0.51,"weeks must":-0.38,"weeks of":0.34,"weeks with":0.41,"what":-0.32,"where things":0.46,"whether":-0.3,"which":0.74,"which is":0.87,"which isn't":0.33,"whole process":0.36,"wishes":-0.43,"with no":1.3,"within a":0.42,"without":0.97,"without any":0.83,"word":0.79,"would have":1.11,"wow":-0.38,"wow three":-0.38,"years":-0.33,"yesterday":-0.36,"yet":-0.3,"you're busy":0.51,"yours":-0.6}},{"flag":"passive-aggressive","code":"AV508","bias":-6.1185,"weights":{"0":-0.34,"0 0":-0.58,"0 staff":0.46,"a decision":-0.4,"a polite":0.79,"a record":0.88,"a response":0.53,"a sign":0.61,"accounts":-0.48,"accounts payable":-0.49,"actually":1.8,"actually gets":0.69,"actually reaches":1.01,"actually received":0.64,"adeyemi":-0.36,"advance":1.09,"advance for":1.09,"after":-0.52,"afternoon":-0.34,"again":0.72,"again for":-0.38,"again i":0.58,"again since":0.59,"again to":0.65,"aisha":-0.31,"all":-0.38,"am following":0.58,"am still":0.31,"an":-0.44,"an eye":-0.37,"answer the":0.65,"any day":0.5,"application":0.59,"application this":0.64,"aren't":0.32,"aren't being":0.34,"as":0.51,"as i":0.91,"as i've":0.74,"as stated":0.99,"at my":-0.42,"at your":0.56,"attaching":0.58,"attaching my":0.58,"availability":0.31,"availability since":0.46,"available":1.7,"available any":0.76,"available for":0.53,"back":0.73,"back to":0.75,"be a":0.6,"be clear":0.65,"be my":-0.37,"because i":0.53,"been made":-0.36,"been read":0.46,"been too":0.44,"been waiting":0.71,"before i":0.96,"being read":0.34,"below":-0.41,"best":-0.81,"best wishes":-0.38,"busy":0.84,"busy so":0.42,"busy to":0.68,"by":-0.35,"can start":0.61,"candidates":-0.3,"case":0.85,"case it":0.9,"case it's":0.58,"case you've":-0.33,"checking":0.39,"checking you":0.64,"cheers":-0.76,"clear":0.53,"clear i":0.65,"clearly":0.34,"clearly aren't":0.34,"com":-0.58,"com in":-0.35,"communication":0.51,"communication works":0.67,"confusion":0.5,"conversation":-0.36,"course":0.59,"course i've":0.71,"cv":1.24,"cv for":0.58,"cv i":-0.46,"cv in":0.7,"day this":0.46,"dear":-0.81,"dear mr":-0.43,"dear ms":-0.42,"decided":-0.37,"decision":-0.39,"decision has":-0.36,"did answer":0.65,"didn't see":0.33,"do":-0.34,"dr":-0.33,"during the":0.42,"earlier":0.79,"earlier email":0.53,"earlier messages":0.44,"email":1.84,"email because":0.53,"email reached":0.54,"email which":0.33,"email will":0.53,"emails":1.31,"emails clearly":0.34,"emails i":0.54,"employer":-0.56,"employer treated":-0.36,"ended":0.6,"ended up":0.6,"even":0.44,"even for":0.88,"example":-0.34,"experience":-0.43,"experience in":-0.46,"explained":0.83,"explained more":0.72,"extremely":0.42,"extremely busy":0.42,"eye":-0.37,"eye on":-0.33,"eze":-0.34,"finally":1.09,"finally getting":1.09,"find":-0.47,"find my":-0.31,"floating":0.6,"floating this":0.6,"folder":0.6,"follow":0.87,"follow up":0.87,"following":1.32,"following up":1.42,"for 0":0.44,"for a":-0.36,"for finally":1.09,"for hr":0.88,"for now":-0.37,"four":-0.39,"four years":-0.49,"from last":0.83,"gap":0.6,"gap in":0.64,"get":-0.39,"gets":0.67,"gets a":0.69,"getting":0.79,"getting back":1.09,"gone":0.58,"gone missing":0.58,"good":-0.51,"grace":-0.42,"had":-0.32,"hannah":-0.47,"has":-0.69,"has been":-0.64,"have four":-0.46,"have vanished":0.56,"heard":0.39,"heard back":0.53,"here":0.36,"here it":0.54,"hi":-1.04,"honestly":-0.38,"hope this":0.91,"hopefully":0.69,"hopefully this":0.69,"how communication":0.67,"hr":0.7,"i assume":0.33,"i can":0.34,"i did":0.54,"i explained":0.95,"i have":-0.65,"i hope":-0.3,"i mentioned":0.38,"i never":0.53,"i remain":0.52,"i said":0.5,"i sent":0.4,"i will":-0.41,"i'd":-0.38,"i'll":0.49,"i'll keep":0.39,"i'll take":0.87,"i'm available":1.15,"i'm not":-0.33,"i'm resending":0.53,"i'm still":0.75,"i'm sure":0.56,"i've been":-0.32,"i've now":0.74,"i've only":0.69,"i've run":0.51,"if my":0.54,"in accounts":-0.46,"in advance":1.09,"in case":1.04,"in my":0.77,"in the":-0.4,"in writing":0.5,"in your":0.41,"inbox":0.8,"inbox again":0.82,"interview i've":0.71,"is":-0.38,"is once":0.54,"it seems":0.67,"it's gone":0.58,"job":-0.5,"just":1.49,"just a":0.6,"just checking":0.47,"just floating":0.6,"just to":0.5,"keen":-0.45,"keep an":-0.36,"keep this":0.76,"kind":-0.51,"kind regards":-0.43,"last":0.89,"last email":0.85,"last employer":-0.32,"last one":0.53,"last time":0.42,"last two":1.2,"last week":0.56,"like i":0.67,"like last":0.42,"linkedin":-0.35,"linkedin com":-0.35,"long":-0.39,"longer emails":0.34,"lost":0.9,"lost again":0.7,"made":-0.34,"march":0.34,"marcus":-0.34,"may not":0.37,"mentioned":0.63,"mentioned in":0.54,"mentioned twice":0.74,"message":0.36,"message may":0.46,"messages":1.13,"messages ended":0.6,"missing":0.58,"missing again":0.58,"monday":0.75,"monday i":0.85,"more for":-0.39,"more than":0.72,"morning":-0.35,"mr":-0.48,"mrs":-0.35,"ms":-0.55,"much":-0.3,"must":0.76,"must be":0.88,"my application":0.68,"my availability":0.31,"my cv":1.32,"my earlier":0.87,"my follow":0.83,"my last":0.75,"my longer":0.34,"my phone":-0.41,"my previous":1.31,"my voicemail":0.85,"need":-0.33,"never":0.36,"never heard":0.53,"next":-0.3,"no confusion":0.5,"no rush":0.57,"not have":0.46,"not sure":0.45,"note for":-0.37,"note i'm":0.49,"note seems":0.37,"now mentioned":0.74,"nurses":-0.3,"of course":0.71,"of experience":-0.46,"of how":0.49,"of your":0.61,"old":-0.31,"on monday":1.1,"on whether":-0.39,"once":1.19,"once again":0.48,"once during":0.72,"one":0.79,"one actually":1.69,"only":0.41,"only been":0.71,"our":-0.5,"overtime":-0.3,"payable":-0.49,"payroll":0.62,"payroll for":0.69,"per":0.57,"per my":0.97,"per your":-0.31,"perhaps":0.6,"perhaps my":0.6,"person":0.45,"person unlike":0.53,"phone in":0.5,"phone tonight":-0.33,"please":-0.56,"please find":-0.32,"po":-0.32,"polite":0.79,"polite reminder":0.79,"position":-0.31,"previous":1.49,"previous message":0.46,"previous messages":0.6,"previous note":0.49,"priya":-0.43,"probably":-0.3,"question about":0.35,"reach":0.43,"reach the":0.53,"reached":0.44,"reached you":0.54,"reaches":0.98,"reaches you":1.01,"read":0.88,"really":-0.47,"reattaching":0.7,"reattaching my":0.7,"received":0.4,"received my":0.61,"record":0.67,"record even":0.88,"references below":-0.31,"regards":-0.92,"remain":0.52,"remain available":0.74,"reminder":0.75,"reminder that":0.78,"repeat":0.47,"repeat what":0.5,"reply to":0.34,"request":-0.31,"request please":-0.31,"resending":1.34,"resending my":0.97,"resending this":0.41,"respectfully":-0.37,"response":0.45,"right":0.38,"right person":0.53,"rn":-0.32,"run payroll":0.72,"rush":0.46,"rush of":0.7,"said":0.41,"said on":0.5,"saturday":-0.31,"second round":0.45,"see i'm":0.33,"seems":1.02,"seems my":0.46,"seems to":0.59,"sent":0.4,"sent on":0.4,"short":0.55,"short like":0.42,"short since":0.34,"sign":0.57,"sign of":0.67,"silence":0.65,"silence as":0.67,"simply":0.44,"simply been":0.44,"since":0.81,"since it":0.67,"since march":0.71,"since my":0.8,"sincerely":-0.82,"so here":0.54,"so i'll":0.42,"so there's":0.5,"so your":-0.32,"soon":-0.4,"spam":0.6,"spam folder":0.6,"start on":0.44,"stated":0.99,"stated twice":0.99,"status":0.58,"status of":0.58,"still":0.42,"still interested":0.54,"still waiting":1.1,"sure":0.92,"sure if":0.54,"sure you're":0.42,"sure you've":0.55,"take":0.35,"take the":0.8,"than":0.34,"than once":0.72,"thanks":-0.55,"thanks again":-0.87,"thanks in":1.09,"that i'm":0.74,"the follow":0.4,"the gap":0.61,"the last":0.47,"the phone":0.44,"the question":0.42,"the right":0.51,"the second":0.46,"the silence":0.79,"the status":0.58,"the top":0.8,"there's":0.35,"there's no":0.5,"this":0.69,"this email":0.53,"this is":-0.33,"this one":1.53,"this short":0.76,"this time":1.04,"this to":0.82,"this will":-0.37,"three":0.4,"three weeks":0.63,"time in":0.58,"time so":0.5,"time this":-0.36,"to have":0.49,"to me":0.64,"to repeat":0.5,"to reply":0.31,"tonight":-0.33,"tonight in":-0.33,"too":0.65,"too busy":0.68,"top":0.72,"top of":0.82,"treated":-0.36,"tuesday":-0.33,"twice":1.54,"twice before":0.91,"twice i'm":0.74,"two":0.55,"two emails":0.78,"two times":0.47,"unlike my":-0.35,"unlike the":0.53,"up":0.45,"up again":0.37,"up for":-0.36,"up from":0.81,"up i":0.4,"up in":0.56,"up on":1.45,"vanished":0.56,"very":-0.32,"voicemail":0.85,"voicemail on":0.85,"waiting":1.31,"waiting on":0.33,"waiting since":0.71,"waiting to":0.79,"warm":-0.32,"warm regards":-0.32,"warmly":-0.37,"was a":-0.38,"was lost":0.7,"we":-0.44,"week on":-0.36,"weeks must":0.88,"well":-0.46,"whether":-0.45,"whether a":-0.36,"which i":0.33,"will":-0.35,"will be":-0.37,"will reach":0.53,"will start":-0.36,"wishes":-0.4,"works":0.55,"works at":0.67,"wow":0.88,"wow three":0.88,"writing":0.4,"writing this":0.5,"year":-0.33,"years":-0.42,"years of":-0.37,"you didn't":0.33,"you so":0.32,"you well":-0.33,"you're extremely":0.42,"you've decided":-0.33,"you've simply":0.44,"your company":0.64,"your inbox":0.82,"your request":-0.31,"your spam":0.6,"yours":-0.63}},{"flag":"badmouth","code":"AV510","bias":-6.043,"weights":{"0":-0.38,"0 0":-0.47,"0 staff":-0.39,"<q>":-0.61,"a bit":-0.63,"a boss":0.42,"a breath":0.45,"a bully":0.85,"a change":0.53,"a clueless":0.55,"a crook":0.59,"a gm":0.45,"a great":-0.41,"a highlight":-0.35,"a joke":0.41,"a mess":-0.41,"a nightmare":1.32,"a relief":0.96,"a rota":0.63,"a shambles":1.18,"a similar":-0.36,"a team":0.37,"a truck":0.49,"about teaching":0.44,"about tests":0.45,"actually":0.65,"actually seem":0.55,"actually seemed":0.39,"adeyemi":-0.32,"afraid":-0.41,"afraid my":-0.41,"after four":0.53,"after three":0.41,"after years":0.42,"again":-0.36,"agency":0.79,"agency i":0.79,"air":0.41,"aisha":-0.31,"all day":0.9,"am is":0.69,"an":-0.3,"and dishonest":0.48,"and everyone":0.56,"and get":0.9,"and management":0.31,"and never":0.34,"and nobody":0.45,"and shout":0.44,"and treat":0.49,"any modern":0.47,"appealed":0.51,"appealed to":0.51,"applying":0.6,"approach":0.53,"approach was":0.55,"are":0.43,"are completely":0.61,"are lazy":0.61,"are my":-0.31,"as":-0.45,"at everyone":0.42,"at had":0.41,"at my":0.41,"at now":0.9,"at staff":0.44,"attached":-0.57,"awful":0.41,"awful leadership":0.41,"back":-0.35,"backed":0.41,"backed us":0.41,"backward":0.47,"backward and":0.47,"badly":0.89,"badly run":0.96,"because":0.44,"because my":0.37,"because their":0.48,"been":-0.38,"been a":0.37,"belittles":0.98,"belittles the":0.98,"best":-0.88,"best wishes":-0.38,"bit":-0.66,"bit of":-0.41,"boss":1.83,"boss has":0.53,"boss is":0.37,"boss na":0.34,"boss who":0.42,"boss you":0.39,"bottom":0.39,"breath":0.45,"breath of":0.45,"broke":0.34,"broke down":0.49,"bully":0.85,"bully and":0.85,"by":-0.32,"cafe":0.33,"cafe was":0.46,"call centre":0.31,"calm":0.67,"calm style":0.42,"can see":0.49,"can't wait":0.35,"card":-0.34,"care for":0.5,"cares":0.4,"cares about":0.45,"centre is":0.31,"change":0.36,"changeover":-0.33,"changeover at":-0.33,"cheers":-0.78,"clueless":0.55,"clueless director":0.55,"co workers":0.39,"code":0.4,"code and":0.45,"colleagues":0.81,"colleagues gossip":0.9,"com":-0.47,"company":0.85,"company is":0.45,"company the":0.5,"company was":0.9,"completely":0.84,"completely out":0.61,"completely useless":0.48,"constantly":0.98,"constantly belittles":0.98,"corner":0.43,"corner going":0.49,"corners":0.59,"corners everywhere":0.59,"couldn't":0.9,"couldn't organise":0.63,"covering":0.87,"covering for":0.87,"crook":0.59,"crook who":0.59,"culture":0.38,"culture was":0.47,"current":1.2,"current employer":0.52,"current lab":-0.33,"current manager":1.0,"current store":0.39,"current team":0.99,"cut":0.59,"cut corners":0.59,"cut every":0.49,"day and":0.78,"dear":-0.84,"dear mr":-0.43,"dear ms":-0.44,"department":0.41,"department is":0.56,"depot treats":0.33,"desperate":0.34,"desperate to":0.37,"director":0.54,"director your":0.55,"dirt":0.47,"dirt so":0.47,"dishonest":0.48,"do":-0.31,"doing":0.37,"don't":0.55,"don't know":0.44,"don't pay":0.44,"done":0.49,"down on":0.49,"dr":-0.37,"employer":1.57,"employer has":0.48,"employer treated":0.79,"employer you":0.55,"every corner":0.49,"everyone":0.52,"everyone knows":0.56,"everyone your":0.42,"everywhere":0.59,"example":-0.41,"example com":-0.31,"eze":-0.35,"favourites":0.45,"favourites your":0.45,"felt":0.39,"felt like":0.43,"firm was":0.51,"fixed":0.49,"fixed a":0.49,"foods":0.44,"foods because":0.48,"for 0":-0.32,"for lazy":0.39,"for profit":0.5,"for them":0.47,"for treats":0.79,"for which":0.46,"forklift":-0.31,"four years":0.45,"fresh":0.42,"fresh air":0.45,"from top":0.5,"garbage":0.45,"garbage code":0.45,"get nothing":0.9,"gm":0.45,"gm who":0.45,"going and":0.49,"good":-0.59,"gossip":0.9,"gossip all":0.9,"got":-0.38,"grace":-0.43,"grateful":-0.35,"great":-0.44,"had awful":0.41,"handled":-0.3,"hannah":-0.49,"has":0.53,"has no":0.99,"has zero":0.53,"haulage":0.34,"haulage never":0.49,"have":-0.47,"head":1.34,"head has":0.47,"head never":0.41,"head of":0.53,"her":0.37,"hi":-1.06,"highlight":-0.35,"honestly":1.15,"honestly my":1.05,"honestly the":0.69,"hope":-0.45,"hope right":-0.31,"how to":0.31,"i can't":0.41,"i have":-0.34,"i know":-0.32,"i only":0.48,"i ran":-0.42,"i taught":0.41,"i temp":0.79,"i walked":0.45,"i work":1.25,"i'd":-0.42,"i'll":-0.35,"i'm afraid":-0.41,"i'm applying":0.6,"i'm at":0.47,"i'm desperate":0.35,"i'm grateful":-0.36,"i'm keen":0.57,"i'm leaving":0.49,"i'm sick":0.49,"i'm tired":0.66,"i'm with":0.49,"i've":-0.69,"i've been":-0.32,"idea":0.65,"idea about":0.47,"idea how":0.43,"if":-0.34,"in":-0.33,"incompetent":1.07,"incompetent and":0.48,"incompetent which":0.6,"interstate":0.49,"interstate so":0.49,"is a":1.27,"is badly":0.47,"is completely":0.48,"is incompetent":0.6,"is very":0.42,"is why":1.05,"it broke":0.49,"it was":-0.32,"it's":-0.33,"its":0.51,"its workers":0.79,"job the":0.59,"joke":0.41,"joke nobody":0.41,"just lets":0.31,"keen for":0.53,"kind":-0.5,"kind regards":-0.44,"knew":0.39,"knew what":0.41,"know any":0.47,"knows":0.56,"knows it":0.56,"lab":-0.34,"laging":0.34,"laging sumisigaw":0.34,"last company":0.37,"last employer":0.87,"last job":0.35,"last school":0.34,"lazy":0.98,"lazy and":0.61,"lazy co":0.39,"lead":0.46,"lead is":0.6,"leadership":0.92,"leadership and":0.41,"leadership skills":0.53,"learn":-0.33,"learned":-0.3,"leave":0.66,"leave because":0.37,"leaving":0.49,"left zenith":0.48,"lets":0.31,"lets her":0.31,"level":-0.39,"like a":0.33,"like dirt":0.47,"like numbers":0.65,"like servants":0.5,"listen":0.39,"lives":0.53,"lot i'm":0.49,"management":1.87,"management at":0.46,"management just":0.31,"management was":0.48,"management where":0.69,"manager":0.72,"manager has":0.54,"manager is":0.48,"managers":0.56,"managers are":0.61,"marcus":-0.35,"mess":-0.41,"midwest":0.34,"midwest haulage":0.34,"modern":0.47,"modern tools":0.47,"morning":-0.31,"mr":-0.49,"mrs":-0.37,"ms":-0.56,"my boss":0.89,"my colleagues":0.9,"my current":1.35,"my department":0.56,"my last":0.47,"my old":1.36,"my only":-0.31,"my present":0.82,"my presentation":-0.41,"my previous":0.47,"my store":0.46,"my supervisor":1.58,"my team":0.56,"na laging":0.34,"never":0.9,"never backed":0.41,"never fixed":0.49,"never pull":0.34,"new starters":0.87,"next":-0.31,"nightmare":1.32,"nightmare to":0.97,"no idea":0.99,"nobody":0.64,"nobody there":0.85,"not":-0.53,"note":-0.37,"nothing":0.58,"nothing done":0.9,"now":1.41,"now are":0.34,"now cut":0.49,"now don't":0.44,"now is":0.47,"now the":0.61,"numbers":0.61,"nurses":0.48,"of a":0.32,"of covering":0.87,"of fresh":0.45,"of touch":0.61,"old":0.99,"old boss":0.61,"old cafe":0.37,"old company":0.5,"on time":0.43,"one":-0.56,"only":0.44,"only care":0.5,"only hope":-0.31,"only left":0.48,"organise":0.63,"organise a":0.63,"our":-0.37,"out of":0.45,"overtime":-0.44,"owner":0.95,"owner at":0.46,"owner was":0.56,"owners":0.93,"owners of":0.44,"owners only":0.5,"pay on":0.42,"people":0.56,"people i":0.34,"place felt":0.45,"played":0.45,"played favourites":0.45,"please":-0.39,"po":-0.32,"present":0.73,"present company":0.82,"presentation":-0.41,"presentation was":-0.41,"previous":0.46,"previous employer":0.32,"previous firm":0.51,"priya":-0.44,"probably":-0.38,"profit":0.5,"profit and":0.5,"programme":0.48,"programme really":0.51,"pull":0.33,"pull their":0.34,"quick":-0.33,"ran":-0.41,"ran a":-0.33,"really":-0.31,"really appealed":0.51,"regards":-0.94,"relief":0.96,"respectfully":-0.38,"restaurant":0.44,"restaurant i":0.44,"right":-0.32,"right now":-0.31,"rn":-0.33,"rota":0.56,"rota to":0.63,"run":0.9,"run and":0.43,"run from":0.5,"rush":-0.31,"save":0.7,"save their":0.74,"school":0.47,"school i":0.33,"school i'm":0.47,"see why":0.47,"seem":0.5,"seem to":0.5,"seemed to":0.39,"seniors":0.47,"seniors there":0.47,"servants":0.5,"shambles":1.18,"shambles so":0.51,"ships":0.45,"ships garbage":0.45,"shout":0.44,"shout at":0.44,"shouts":0.42,"shouts at":0.42,"sick":0.49,"sick of":0.49,"similar":-0.48,"similar changeover":-0.33,"since":-0.37,"sincerely":-0.85,"skills":0.43,"skills so":0.53,"so i'm":0.63,"so you":0.48,"so your":0.96,"sounds":-0.32,"staff":0.44,"staff like":0.96,"starters":0.87,"still":-0.45,"store":0.61,"store couldn't":0.46,"structured":0.51,"structured training":0.51,"style":0.42,"style was":0.42,"sumisigaw":0.34,"sumisigaw you":0.34,"supervisor":1.45,"supervisor at":0.63,"supervisor constantly":0.98,"take":-0.3,"taught at":0.41,"taught me":-0.32,"teaching":0.4,"team lead":0.52,"team ships":0.45,"team's":0.53,"team's approach":0.55,"temp":0.79,"temp for":0.79,"terribly":0.75,"tests":0.44,"thanks":-0.56,"thanks again":-0.33,"the agency":0.79,"the company":-0.3,"the head":1.4,"the interstate":0.49,"the last":0.32,"the lot":0.49,"the management":0.69,"the managers":0.61,"the new":0.48,"the owner":0.98,"the owners":0.93,"the people":0.6,"the restaurant":0.44,"the school":0.39,"the seniors":0.47,"the team":-0.3,"their":1.09,"their lives":0.74,"their management":0.48,"their weight":0.34,"them":0.55,"there cares":0.45,"there don't":0.47,"there knew":0.41,"they were":0.41,"this":-0.48,"tired":0.66,"tired of":0.66,"to bottom":0.5,"to learn":-0.32,"to leave":0.84,"to listen":0.39,"to run":0.43,"to save":0.9,"to value":0.55,"tools":0.34,"top":0.46,"top to":0.5,"training programme":0.51,"treat":0.34,"treat staff":0.5,"treated":0.79,"treated staff":0.47,"treated us":0.33,"treats":1.1,"treats its":0.79,"treats us":0.33,"truck":0.42,"truck until":0.49,"two":-0.38,"under":0.44,"under a":0.52,"unlike":1.21,"unlike my":1.25,"until":0.3,"until it":0.49,"us":1.0,"us like":0.65,"us up":0.41,"useless":0.48,"useless so":0.48,"value":0.54,"value your":0.55,"very backward":0.47,"very calm":0.34,"wait to":0.39,"walked":0.4,"walked out":0.46,"walsh":-0.31,"warm":-0.35,"warm regards":-0.32,"warmly":-0.39,"was a":0.47,"was badly":0.5,"was incompetent":0.48,"was refreshing":0.47,"we":-0.38,"week":-0.43,"weeks":-0.31,"weight":0.34,"well":-0.46,"were doing":0.41,"were very":0.34,"what they":0.41,"where":0.31,"where i":0.99,"which is":0.75,"who":0.6,"who cut":0.59,"who played":0.45,"who shouts":0.42,"why":1.31,"why i":0.46,"why i'm":1.08,"wishes":-0.41,"with now":0.82,"with the":-0.3,"work for":0.78,"work now":0.61,"workers":1.16,"workers at":0.39,"workers terribly":0.79,"working":-0.31,"year":-0.42,"years":0.35,"years of":0.5,"years under":0.55,"you actually":0.83,"you are":-0.35,"you can":0.48,"you were":0.34,"your calm":0.42,"your culture":0.47,"your nurses":0.55,"your place":0.45,"your structured":0.51,"your team's":0.55,"yours":-0.61,"zenith":0.46,"zenith foods":0.48,"zero":0.48,"zero leadership":0.53}},{"flag":"pay-perks","code":"AV505","bias":-6.0176,"weights":{"0 0":-0.65,"0 a":0.59,"13th":0.41,"13th month":0.45,"401k":0.58,"401k match":0.58,"<q>":3.18,"a bonus":0.87,"a company":0.55,"a gym":0.47,"a half":0.54,"a little":0.31,"a month":0.62,"a no":-0.5,"a raise":0.43,"a relocation":0.67,"a sign":0.34,"a signing":0.36,"a week":0.33,"a yes":-0.45,"able":0.41,"able to":0.41,"adeyemi":-0.31,"after":0.43,"after 0":0.37,"after probation":0.43,"after starting":0.41,"after tax":0.31,"afternoon":-0.38,"again":-0.33,"aisha":-0.31,"all":-0.43,"allowance":1.47,"allowance if":0.39,"also":2.14,"also appreciate":0.33,"also confirm":0.31,"also hoping":0.57,"also inform":0.51,"an":-0.34,"and a":1.12,"and at":0.31,"and bonuses":0.33,"and do":0.45,"and gratuity":0.51,"and health":0.93,"and if":0.31,"and is":0.47,"and may":0.45,"and rice":0.45,"and study":0.39,"and whether":1.11,"ang":0.45,"ang sahod":0.45,"annual":0.99,"annual leave":0.76,"any flexibility":0.47,"any news":-0.52,"any room":0.47,"any update":-0.64,"any van":0.4,"anything":-0.53,"anything else":-0.37,"appreciate knowing":0.33,"are":0.72,"are included":0.45,"are mileage":0.31,"are paid":0.43,"are pay":0.33,"as well":0.36,"ask":0.62,"ask about":0.93,"at least":0.59,"at time":0.54,"at what":0.31,"attached":-0.47,"ba":0.45,"back":-0.32,"band":0.39,"band this":0.43,"be able":0.41,"be after":0.41,"be any":0.47,"be at":0.47,"be for":0.51,"be given":0.51,"be meeting":-0.42,"be part":-0.38,"be possible":-0.33,"been":-0.43,"before":-0.49,"before going":0.7,"before i":-0.47,"before you":-0.62,"begins":-0.47,"begins on":-0.47,"best":-0.83,"best wishes":-0.4,"biweekly":0.45,"biweekly paychecks":0.45,"bonus":1.66,"bonus at":0.45,"bonus for":0.45,"bonuses":0.33,"bonuses given":0.33,"by":-0.46,"by tomorrow":-0.3,"call duty":0.56,"can i":-0.44,"can you":0.72,"car":0.93,"chance":-0.32,"check how":0.37,"cheers":-0.8,"com":-0.49,"comes":1.29,"comes with":1.41,"company":0.48,"company car":0.78,"could i":0.66,"cover":0.39,"cover my":0.39,"covers":0.36,"covers my":0.4,"crew":-0.33,"ctc":0.77,"ctc and":0.51,"date":-0.46,"date in":-0.47,"day one":-0.4,"day rate":0.4,"days":0.83,"days a":0.47,"days of":0.56,"dear":-0.84,"dear mr":-0.44,"dear ms":-0.43,"decide":-0.63,"decision":-0.39,"details":0.56,"details of":0.58,"did":-0.49,"discounted":0.34,"discounted rooms":0.34,"do":0.59,"do staff":0.89,"do weekly":0.45,"do yous":0.37,"does":1.3,"does the":1.3,"don't":-0.45,"dr":-0.35,"duty":0.56,"duty allowance":0.56,"else":-0.38,"end of":0.32,"equity":0.84,"equity part":0.9,"exam":0.36,"exam fees":0.39,"example":-0.37,"example com":-0.32,"expect in":0.66,"expect to":-0.54,"expenses":0.31,"expenses reimbursed":0.31,"extra":0.43,"eze":-0.34,"family":0.62,"family and":0.47,"fees":0.38,"fees and":0.39,"firm":0.31,"firm cover":0.39,"first pay":0.73,"flat":0.35,"flexibility":0.47,"flexibility on":0.47,"for home":0.31,"for night":0.45,"for nurses":0.38,"for staff":0.32,"for this":0.91,"free":1.28,"free meal":0.45,"free meals":0.69,"free mooring":0.35,"friday":-0.31,"fridays":0.56,"from home":1.04,"from sydney":0.39,"further":0.6,"further i'd":0.7,"get":1.28,"get a":0.69,"get discounted":0.34,"get free":0.69,"give":-0.37,"give me":-0.35,"given":0.67,"going further":0.7,"good":-0.54,"got it":-0.35,"grace":-0.42,"gratuity":0.51,"gratuity will":0.51,"guys":0.42,"guys do":0.45,"gym":0.69,"gym membership":0.69,"half":0.42,"hannah":-0.47,"has":-0.42,"has the":-0.33,"have":-0.61,"have you":-0.34,"health":0.65,"health insurance":1.28,"health plan":0.57,"healthcare":0.33,"help":-0.3,"hi":-1.06,"holiday":0.53,"holiday the":0.37,"home":1.35,"home after":0.31,"home on":0.58,"home three":0.47,"home visits":0.31,"honestly":-0.35,"hope":-0.39,"hoping":0.33,"hoping to":0.44,"hotels":0.34,"hourly":1.09,"hourly pay":0.45,"hourly rate":0.32,"hourly wage":0.47,"hours or":0.37,"how":0.38,"how many":0.81,"how much":1.07,"how often":0.33,"i be":0.58,"i can":-0.31,"i get":0.89,"i got":-0.4,"i have":-0.36,"i know":-0.35,"i move":0.39,"i sign":-0.47,"i wanted":0.45,"i'd also":0.55,"i'd land":0.57,"i'd like":0.71,"i'd want":0.7,"i'll":-0.65,"i'll be":-0.44,"i'm":-0.57,"i've":-0.32,"i've been":-0.3,"i've got":0.32,"idea":-0.57,"in this":0.65,"include":1.06,"include health":0.47,"include private":0.33,"included":0.44,"inform":0.5,"inform me":0.51,"insurance":1.28,"insurance begins":-0.47,"insurance covers":0.4,"insurance for":0.47,"interviews":-0.36,"interviews will":-0.32,"is a":-0.41,"is for":0.47,"is mine":-0.47,"is overtime":0.84,"is the":0.84,"is there":0.89,"it":-0.32,"it a":-0.43,"it be":-0.33,"it flat":0.37,"it's":-0.35,"job is":-0.47,"join":-0.34,"join the":-0.31,"just":-0.35,"kind of":0.34,"kind regards":-0.52,"kindly":0.31,"kindly also":0.77,"know how":0.66,"know what":-0.42,"know yet":-0.31,"knowing":0.33,"knowing when":0.33,"land":0.57,"land on":0.57,"last":-0.39,"least":0.56,"least r45":0.7,"leave":1.25,"leave comes":0.53,"like and":0.4,"like to":0.31,"little tinny":0.35,"longer":-0.63,"longer before":-0.62,"looking like":0.4,"love":-0.34,"love to":-0.33,"make":-0.43,"many":0.55,"many days":0.6,"marcus":-0.35,"master's":0.57,"match":0.57,"may free":0.45,"me about":0.32,"me what":0.78,"me which":0.38,"me who":-0.42,"meal":0.45,"meal po":0.45,"meals":0.69,"meals on":0.69,"meeting":-0.34,"meeting at":-0.42,"membership":0.69,"mileage":0.31,"mileage expenses":0.31,"mine":-0.48,"month":0.55,"month pay":0.45,"mooring":0.35,"mooring for":0.35,"morning":-0.31,"move up":0.39,"mr":-0.5,"mrs":-0.37,"ms":-0.56,"much annual":0.53,"much is":0.56,"much longer":-0.62,"much po":0.44,"my exam":0.39,"my family":0.66,"my master's":0.57,"my parents":0.4,"need":-0.38,"negotiable":0.9,"negotiate":0.47,"negotiate the":0.47,"news":-0.53,"news on":-0.52,"next":-0.57,"next steps":-0.31,"night shifts":0.45,"nights are":0.43,"no":-0.64,"not":-0.49,"now":-0.39,"nurses who":0.38,"of holiday":0.58,"of salary":0.66,"of when":-0.3,"offer and":-0.43,"offer negotiable":0.9,"often":0.31,"often are":0.33,"on and":0.43,"on bonus":0.38,"on day":-0.47,"on fridays":0.56,"on shift":0.69,"on the":-0.31,"on when":-0.34,"on working":0.47,"one":-0.53,"or biweekly":0.45,"or is":0.37,"or not":-0.48,"our":-0.4,"out where":0.57,"out whether":-0.35,"overtime":0.97,"overtime after":0.37,"overtime allowance":0.31,"overtime paid":0.54,"package":0.95,"package to":0.7,"paid":1.13,"paid at":0.54,"paid extra":0.43,"panel":-0.41,"parents":0.4,"parents as":0.4,"pay":2.13,"pay and":0.89,"pay be":0.45,"pay overtime":0.37,"pay review":0.73,"pay reviews":0.33,"paychecks":0.45,"pension":0.84,"pension and":0.93,"per day":0.45,"pf":0.51,"pf and":0.51,"plan and":0.56,"please also":0.31,"please how":0.56,"po ang":0.45,"po ba":0.45,"position":0.72,"position include":0.79,"possible":-0.34,"possible to":-0.33,"post would":0.43,"private":0.33,"private healthcare":0.33,"priya":-0.47,"probation":0.43,"r45":0.7,"r45 0":0.7,"raise":0.43,"raise after":0.43,"range":0.47,"range is":0.47,"rate":1.0,"rate is":0.32,"rate looking":0.4,"really":-0.49,"regards":-0.98,"reimbursed":0.31,"reimbursed for":0.31,"relocation":0.67,"relocation allowance":0.39,"respectfully":-0.38,"review":0.67,"review be":0.41,"review would":0.33,"reviews":0.32,"reviews and":0.33,"rice":0.45,"rice subsidy":0.45,"rn":-0.33,"role comes":0.9,"room to":0.47,"rooms":0.34,"rooms at":0.34,"round":-0.32,"sahod":0.45,"sahod per":0.45,"salary":1.56,"salary could":0.66,"salary for":0.51,"salary range":0.47,"salary schedule":0.57,"say":-0.33,"schedule":0.53,"schedule with":0.57,"second":-0.64,"second interview":-0.42,"second interviews":-0.32,"send":0.39,"send me":0.58,"share":0.47,"share whether":0.4,"shifts":0.44,"sign could":-0.47,"sign on":0.38,"signing":0.36,"signing bonus":0.36,"sincerely":-0.85,"sister hotels":0.34,"so":-0.45,"soon":-0.37,"staff":0.81,"staff get":1.14,"staff i've":0.35,"start date":-0.46,"start this":0.38,"starting":0.8,"starting salary":0.49,"step":-0.32,"steps":-0.31,"study leave":0.39,"subsidy":0.45,"subsidy are":0.45,"sydney":0.39,"take":0.34,"take home":0.31,"take place":0.33,"tax":0.31,"tax and":0.31,"team":-0.37,"team is":-0.31,"tell me":0.38,"than":-0.39,"thanks":-0.63,"thanks again":-0.31,"the 13th":0.45,"the 401k":0.58,"the ctc":0.77,"the details":0.58,"the end":0.33,"the equity":0.9,"the firm":0.36,"the first":0.74,"the health":0.5,"the hourly":1.13,"the new":-0.4,"the offer":0.71,"the package":0.68,"the panel":-0.46,"the pension":0.93,"the position":0.68,"the role":0.43,"the salary":0.81,"the second":-0.69,"the sister":0.34,"the start":-0.47,"the starting":0.49,"the take":0.31,"the team":-0.33,"the timeline":-0.72,"the written":-0.47,"the year":0.41,"there":0.83,"there a":1.09,"there be":0.47,"there free":0.35,"there's":0.37,"there's a":0.42,"things":-0.4,"this position":0.61,"this post":0.43,"this role":0.78,"three days":0.47,"timeline":-0.73,"tinny":0.35,"to ask":0.89,"to check":0.34,"to get":-0.34,"to join":-0.32,"to know":0.78,"to negotiate":0.47,"today":-0.38,"up from":0.37,"update":-0.65,"update on":-0.65,"van":0.37,"van with":0.4,"visits and":0.31,"wage":0.36,"walsh":-0.3,"want the":0.59,"wanted":0.45,"wanted to":0.51,"warm":-0.32,"warm regards":-0.31,"warmly":-0.38,"was a":-0.39,"was also":0.74,"we":-0.35,"weekly or":0.45,"what":0.46,"what kind":0.66,"what rate":0.31,"what the":0.63,"what would":0.45,"what's":0.89,"what's the":0.9,"whats":0.45,"whats the":0.45,"when":-0.33,"when can":-0.35,"when would":0.41,"where i'd":0.57,"whether":0.48,"whether i":-0.37,"whether nights":0.43,"whether pf":0.51,"whether there's":0.4,"which band":0.43,"who i'll":-0.42,"who start":0.38,"will":-0.37,"wishes":-0.43,"with a":0.4,"with my":0.49,"work from":0.58,"working from":0.47,"would i":1.5,"would it":-0.33,"would start":0.43,"would take":0.33,"would the":1.47,"would there":0.47,"written":-0.5,"written offer":-0.47,"yes":-0.44,"yes or":-0.45,"yet":-0.91,"yet if":-0.31,"you confirm":-0.43,"you decide":-0.6,"you guys":0.44,"you know":-0.31,"you send":0.58,"you share":0.4,"you tell":0.82,"yours":-0.6,"yous":0.37,"yous pay":0.37}},{"flag":"self-putdown","code":"AV507","bias":-6.045,"weights":{"0 0":-0.53,"<q>":-0.55,"a bit":0.58,"a colleague":0.56,"a degree":0.45,"a hash":0.7,"a mess":0.79,"a nervous":0.76,"about budgets":0.83,"about conflict":0.56,"about teaching":-0.32,"about that":0.34,"accept":-0.33,"across":0.84,"across as":0.9,"adeyemi":-0.37,"afraid":0.78,"afraid my":0.79,"after":-0.5,"afternoon":-0.38,"again":-0.42,"against":0.34,"against me":0.45,"age":0.41,"age i'm":0.41,"aisha":-0.31,"all":0.31,"all as":0.63,"all over":0.35,"am not":0.97,"an idiot":0.42,"and it":0.6,"and my":0.39,"answer on":0.32,"answers":1.69,"answers i":0.65,"answers were":1.07,"any":-0.4,"anything":-0.37,"anyway":0.37,"applicant":0.5,"applicant you":0.5,"applicants":0.37,"as quick":0.41,"as the":0.57,"as totally":0.47,"as you":0.47,"at all":0.41,"at interviews":0.66,"attached":-0.4,"aware":1.02,"aware i":0.7,"aware i'm":0.33,"awkward":0.6,"awkward i'm":0.6,"back":-0.35,"bad":0.57,"bad at":0.57,"badly":1.07,"badly in":1.17,"be what":0.32,"because":-0.33,"been":-0.52,"being so":0.53,"best":-0.85,"best wishes":-0.39,"bit":0.46,"bit of":0.79,"blank":0.66,"blank on":0.66,"blanked":1.01,"blanked on":1.01,"budget":0.66,"budget question":0.66,"budgets":0.81,"busy":-0.49,"but":0.96,"but i":1.0,"but i'd":0.58,"by":-0.4,"calculation":0.32,"calculation was":0.32,"came":0.82,"came across":0.9,"can":-0.54,"can't":-0.38,"candidate":0.47,"candidate but":0.49,"care":-0.31,"case":0.65,"case study":0.91,"cheers":-0.78,"colleague":0.56,"com":-0.5,"come":-0.31,"communication":0.38,"communication was":0.43,"completely blanked":0.59,"computers":0.41,"computers as":0.41,"conflict":0.56,"conflict with":0.56,"counts":0.43,"counts heavily":0.45,"current":-0.34,"cv is":0.32,"day":-0.44,"dear":-0.83,"dear mr":-0.43,"dear ms":-0.43,"degree":0.45,"degree probably":0.45,"did":0.4,"did terribly":0.81,"do justice":0.43,"don't":0.6,"don't interview":0.63,"don't think":0.59,"doubt":0.46,"doubt i'm":0.52,"down":0.49,"down badly":1.17,"dr":-0.34,"drug":0.3,"drug calculation":0.32,"earlier":-0.31,"email":-0.43,"embarrassing":1.65,"enjoyed":-0.35,"enough":0.59,"enough for":0.59,"everyone":-0.31,"example":-0.38,"example com":-0.31,"exercise":0.89,"experience will":0.7,"experienced":0.96,"experienced applicant":0.5,"experienced person":0.33,"eze":-0.34,"feel i":0.43,"fluffed":0.83,"fluffed the":0.83,"for being":0.41,"for but":0.52,"for rambling":0.66,"for this":0.44,"forgive":0.65,"forgive me":0.65,"forgot":0.42,"forgot half":0.42,"fumbled":0.56,"fumbled the":0.56,"get it":0.7,"good afternoon":-0.32,"good enough":0.59,"good speaker":0.65,"got the":0.41,"grace":-0.42,"half":0.33,"half of":0.42,"hannah":-0.47,"has":-0.38,"hash":0.7,"hash of":0.7,"have talked":0.65,"heard":-0.33,"heavily":0.45,"heavily against":0.45,"hi":-1.04,"honestly":-0.37,"hope":-0.39,"hopeless":0.6,"hopeless in":0.6,"hoping":-0.34,"how":-0.34,"i can":-0.3,"i completely":0.42,"i did":1.0,"i don't":0.91,"i doubt":0.52,"i feel":0.4,"i fluffed":0.83,"i forgot":0.42,"i fumbled":0.56,"i got":0.32,"i have":-0.43,"i know":1.79,"i made":0.69,"i may":0.88,"i most":-0.31,"i must":0.37,"i probably":0.86,"i realise":1.84,"i totally":0.44,"i wanted":0.43,"i was":0.43,"i work":0.37,"i'll":-0.47,"i'm":1.04,"i'm afraid":0.79,"i'm aware":1.02,"i'm hopeless":0.6,"i'm kicking":0.49,"i'm not":1.37,"i'm probably":1.1,"i'm really":0.93,"i'm sure":0.91,"i'm what":0.52,"i've":-0.46,"idiot":0.42,"if":-0.59,"in interviews":0.6,"in my":-0.44,"in that":0.32,"interview well":0.63,"interviewed":0.33,"interviews":1.01,"is":-0.32,"is rather":0.32,"it over":0.65,"it probably":0.76,"it was":-0.33,"justice":0.43,"justice to":0.43,"keen":-0.4,"kicking":0.49,"kicking myself":0.49,"kind":-0.49,"kind regards":-0.44,"know":0.47,"know i":1.43,"know my":1.24,"lack":0.45,"lack of":0.45,"last":-0.5,"least experienced":0.33,"left":-0.3,"let me":0.55,"like an":0.42,"looked":0.39,"looked like":0.63,"looking":0.32,"looking for":0.72,"madam":0.32,"made a":0.65,"many":-0.37,"marcus":-0.35,"maths":1.15,"maths let":1.17,"may":0.46,"may have":0.65,"me down":1.17,"me for":0.46,"me know":-0.33,"mentioned":-0.32,"mess":0.79,"mind":0.51,"mind went":0.66,"monday":-0.31,"more experience":0.7,"morning":-0.3,"most enjoyed":-0.31,"most experienced":0.5,"mr":-0.5,"mrs":-0.37,"ms":-0.56,"much i'm":0.66,"must":0.35,"must have":0.42,"my age":0.41,"my answers":1.07,"my communication":0.43,"my current":-0.3,"my earlier":-0.3,"my lack":0.45,"my last":-0.41,"my maths":1.17,"my mind":0.56,"my poor":0.65,"my presentation":0.77,"myself":1.22,"myself and":0.35,"myself out":0.65,"need":-0.33,"nervous":1.25,"nervous i":0.42,"nervous wreck":0.76,"next":-0.31,"no":-0.37,"not":1.35,"not a":0.65,"not as":0.73,"not be":0.32,"not do":0.43,"not the":1.21,"not very":0.32,"noticed":0.85,"now":-0.35,"numbers":0.4,"numbers wrong":0.49,"of a":1.11,"one":-0.49,"other candidates":0.39,"our":-0.39,"out of":0.5,"over":0.41,"over me":0.7,"over the":0.3,"per":-0.36,"person":0.3,"person you":0.33,"play":0.68,"play exercise":0.7,"please":-0.51,"po":-0.45,"poor":1.37,"poor answers":0.65,"poor i":0.32,"poor madam":0.43,"presentation":0.77,"presentation was":0.79,"pretty":0.71,"pretty weak":0.74,"priya":-0.44,"probably":3.38,"probably came":0.66,"probably counts":0.45,"probably not":0.79,"probably noticed":0.63,"probably showed":0.76,"probably the":0.33,"question":1.3,"question about":0.69,"question so":0.66,"question which":0.44,"questions":0.66,"quick with":0.41,"rambling":0.66,"rambling so":0.66,"rather thin":0.32,"realise":1.84,"realise i":0.65,"realise i'm":0.5,"realise my":0.76,"really bad":0.57,"really good":0.59,"regards":-0.93,"reply":-0.34,"respectfully":-0.37,"rn":-0.33,"role but":0.59,"role play":0.7,"room":-0.42,"safety":0.34,"safety question":0.44,"saw":0.43,"say":0.54,"say i":0.42,"say thanks":0.52,"sharpest":0.49,"sharpest candidate":0.49,"showed":0.44,"since":-0.36,"sincerely":-0.83,"so all":0.35,"so awkward":0.6,"so embarrassing":0.66,"so nervous":0.42,"someone":0.62,"someone with":0.7,"sorry":1.91,"sorry about":0.47,"sorry for":1.23,"sorry my":0.35,"speaker":0.65,"start":-0.33,"still":-0.37,"strong":0.32,"strong in":0.32,"study":0.84,"study and":0.49,"study which":0.59,"sure":1.06,"sure i":0.81,"sure someone":0.7,"talked":0.37,"talked myself":0.65,"teaching":-0.32,"technical":0.73,"technical questions":0.81,"terribly":0.71,"terribly on":0.81,"test":0.34,"thanks":-0.5,"thanks again":-0.32,"thanks anyway":0.52,"that area":0.32,"the budget":0.66,"the case":0.94,"the drug":0.32,"the job":0.39,"the least":0.33,"the numbers":0.47,"the place":0.32,"the question":0.8,"the room":-0.37,"the safety":0.44,"the sharpest":0.49,"the technical":0.73,"the test":0.63,"the younger":0.41,"thin":0.31,"thin and":0.32,"think i'm":0.59,"this":-0.34,"this role":0.4,"three":-0.48,"through":-0.37,"through the":-0.34,"time":-0.33,"to be":-0.39,"to myself":0.43,"to say":0.68,"to try":0.59,"today":-0.36,"totally":0.9,"totally blanked":0.44,"totally unprepared":0.47,"try":0.58,"two":-0.45,"understand":-0.46,"unprepared":0.66,"unprepared sorry":0.47,"very poor":0.43,"very strong":0.32,"walsh":-0.3,"want":-0.35,"want to":-0.31,"wanted":0.34,"wanted to":0.39,"warm":-0.35,"warm regards":-0.31,"warmly":-0.38,"was embarrassing":1.01,"was poor":0.32,"we":-0.33,"weak":0.74,"week":-0.39,"well at":0.63,"went":0.53,"went blank":0.66,"were":0.73,"were pretty":0.74,"were so":0.35,"what you're":0.61,"where":-0.33,"which":0.36,"which was":1.01,"who":-0.5,"will get":0.7,"wishes":-0.41,"with computers":0.41,"with more":0.7,"with thanks":-0.31,"with the":-0.38,"work hard":0.49,"wreck":0.76,"wreck and":0.76,"wrong":0.45,"wrong in":0.49,"years":-0.35,"you interviewed":0.33,"you probably":0.63,"you saw":0.5,"you're looking":0.83,"younger":0.41,"younger applicants":0.41,"yours":-0.62}},{"flag":"begging","code":"AV509","bias":-6.176,"weights":{"0 0":-0.5,"<q>":-0.65,"a chance":0.47,"a shot":0.36,"about this":-0.3,"absolutely anything":0.31,"accept any":0.67,"actually":-0.45,"adeyemi":-0.3,"afford":0.32,"afford to":0.32,"after":-0.47,"afternoon":-0.35,"again":-0.35,"all":0.66,"all i":1.27,"am begging":0.59,"am desperate":0.64,"am pleading":0.48,"am very":-0.3,"and this":0.54,"and would":0.54,"another no":0.53,"any position":0.67,"any wage":0.66,"anything else":-0.36,"appreciate":-0.3,"are":0.57,"are my":1.21,"as":-0.44,"ask":0.42,"at all":0.81,"at home":0.45,"at this":0.67,"attached":-0.39,"awa":0.63,"awa nyo":0.63,"be working":0.66,"been at":0.5,"been jobless":0.41,"been turned":0.53,"beg":0.54,"beg you":0.54,"begging":1.24,"begging you":1.24,"benefit":0.52,"benefit of":0.54,"best":-0.81,"best wishes":-0.38,"big":0.46,"big time":0.63,"bills":0.46,"bills piling":0.5,"but":-0.37,"can":-0.51,"can't":0.59,"can't afford":0.32,"can't take":0.53,"chance":1.12,"chance i":0.45,"chance is":0.63,"chance please":0.32,"cheers":-0.74,"com":-0.47,"consider":1.03,"consider me":1.03,"could":-0.36,"day":-0.36,"dear":-0.8,"dear mr":-0.42,"dear ms":-0.42,"delighted":-0.34,"delighted to":-0.31,"depends":0.57,"depends on":0.57,"desperate":1.22,"desperate at":0.67,"desperate for":0.41,"desperately":0.66,"desperately need":0.66,"do":1.04,"do absolutely":0.31,"do not":0.54,"do whatever":0.71,"dollar":0.63,"dollar i'd":0.63,"dollars":0.54,"dollars and":0.54,"don't":0.86,"don't get":0.69,"don't know":0.67,"don't pass":0.54,"don't reject":0.33,"doubt":0.47,"down":0.82,"down so":0.53,"down to":0.46,"dr":-0.31,"else to":0.67,"everything to":0.33,"example":-0.35,"example com":-0.3,"eze":-0.32,"family":0.79,"family depends":0.57,"few":0.5,"few dollars":0.54,"finished":0.44,"finished school":0.5,"first month":0.41,"for free":0.45,"for two":0.42,"free if":0.45,"friday":-0.32,"from me":-0.65,"get this":0.69,"give":1.38,"give me":1.56,"god":0.31,"god do":0.54,"good":-0.57,"grace":-0.39,"hannah":-0.44,"has":-0.35,"have been":0.57,"have bills":0.46,"have nowhere":0.67,"help me":0.48,"here":0.5,"here one":0.63,"hi":-1.0,"hire":0.6,"hire me":0.6,"home for":0.44,"honestly":0.56,"honestly don't":0.69,"hope i":-0.31,"hope right":1.25,"i ask":0.63,"i beg":0.54,"i can":-0.34,"i finished":0.5,"i get":-0.31,"i have":0.44,"i honestly":0.69,"i just":0.48,"i need":0.44,"i promise":0.58,"i really":0.99,"i will":0.3,"i won't":0.45,"i'd owe":0.63,"i'd take":0.57,"i'll":0.58,"i'll do":1.06,"i'll work":0.42,"i'm begging":0.68,"i'm desperate":0.61,"i'm down":0.54,"i'm grateful":-0.36,"i'm on":1.13,"i'm pleading":1.2,"i'm sure":-0.32,"if that's":0.4,"if you":0.5,"is all":0.63,"it takes":1.14,"job":0.59,"job i":0.67,"job i'll":0.31,"job means":0.33,"job would":0.82,"jobless":0.41,"jobless since":0.41,"just":0.72,"just desperately":0.66,"just hire":0.71,"just please":0.52,"keen":-0.31,"keep":-0.38,"kids":0.61,"kind":-0.46,"kind regards":-0.43,"kindly consider":0.48,"knees":0.63,"knees here":0.63,"know if":-0.5,"know what":0.61,"last dollar":0.63,"last few":0.54,"left":-0.34,"let me":-0.45,"let this":0.54,"lose":0.32,"lose this":0.32,"ma":0.48,"ma help":0.5,"many times":0.53,"marcus":-0.33,"mate":0.63,"mate i'm":0.63,"me a":0.64,"me by":0.47,"me i":1.44,"me know":-0.37,"me my":0.57,"me over":0.82,"me this":0.84,"means":0.33,"means everything":0.33,"monday":-0.34,"month for":0.45,"more":-0.55,"morning":-0.39,"mr":-0.47,"mrs":-0.35,"ms":-0.54,"my family":0.81,"my kids":0.63,"my knees":0.63,"my only":1.25,"na":0.47,"na po":0.52,"name":0.48,"name of":0.52,"need":0.58,"need this":1.59,"no please":0.53,"not let":0.54,"not to":0.3,"note":-0.4,"now":0.65,"nowhere":0.67,"nowhere else":0.67,"nyo":0.63,"nyo na":0.63,"of god":0.54,"offer":-0.35,"on it":0.57,"on my":0.53,"one chance":1.06,"only":0.97,"only hope":1.25,"opportunity":0.37,"opportunity pass":0.54,"or":-0.34,"our":-0.38,"out":-0.32,"over":0.35,"over this":0.33,"owe":0.63,"owe you":0.63,"parang":0.63,"parang awa":0.63,"pass":1.09,"pass me":1.38,"pick":0.79,"pick me":0.89,"piling":0.5,"piling up":0.5,"pleading":1.64,"pleading with":1.64,"please":1.4,"please don't":0.84,"please give":0.73,"please let":-0.36,"please ma":0.5,"please pick":0.89,"please please":0.58,"pls":0.41,"pls sir":0.41,"po i":0.63,"point":0.51,"point and":0.67,"position at":0.52,"priya":-0.42,"promise":0.58,"promise you":0.58,"really can't":0.84,"really need":0.8,"really really":0.5,"references":-0.34,"regards":-0.9,"regret":0.58,"regret it":0.58,"reject":0.33,"reject me":0.33,"respectfully":-0.35,"right":1.09,"right now":1.25,"rn":-0.31,"role i":0.63,"rush":-0.31,"save":0.72,"save me":0.82,"shot":0.36,"since 0":0.41,"since i":0.45,"sincerely":-0.8,"sir":0.48,"sir i":0.75,"so many":0.53,"soon":-0.32,"start":-0.39,"sure":-0.35,"take":0.44,"take another":0.53,"take any":0.66,"takes":1.04,"takes if":0.71,"takes just":0.45,"tell":-0.34,"tell me":-0.33,"thanks":-0.6,"thanks for":-0.33,"that's":0.31,"that's what":0.45,"the benefit":0.54,"the doubt":0.54,"the name":0.48,"things":-0.38,"this":0.73,"this chance":0.49,"this job":1.7,"this opportunity":0.55,"this point":0.67,"this role":0.38,"this week":-0.33,"this work":0.63,"time if":0.63,"times":0.36,"times that":0.53,"to accept":-0.31,"to consider":0.57,"to give":0.57,"to lose":0.32,"to my":0.36,"to pass":0.32,"to turn":0.67,"to work":-0.39,"today":-0.31,"took me":0.56,"turn":0.67,"turned":0.4,"turned down":0.53,"two years":0.39,"wage":0.64,"wage at":0.66,"want":-0.47,"want this":-0.34,"warm":-0.32,"warm regards":-0.31,"warmly":-0.35,"week":-0.36,"well":-0.54,"what i'll":0.69,"what it":0.45,"whatever":0.55,"whatever it":0.69,"where":-0.36,"whether":-0.38,"will do":0.71,"wishes":-0.4,"with you":0.85,"won't":1.01,"won't regret":0.58,"work for":0.57,"work the":0.43,"work with":-0.42,"working":0.4,"would accept":0.67,"would save":0.82,"years since":0.5,"you are":1.0,"you big":0.63,"you in":0.48,"you just":0.62,"you kindly":0.44,"you need":-0.76,"you not":0.33,"you please":0.54,"you to":1.16,"you took":0.3,"you won't":0.58,"you're":-0.38,"yours":-0.57}}]};
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

  /** A company named as the one the note is for that is not the addressee (or a second such company). */
  function companyMismatch(rule, draft, channel, context, elements, finding) {
    var named = [];
    if (draft.subject) {
      searchAll(rule.patterns[0], draft.subject).forEach(function (match) {
        var name = companyName(match.group);
        if (name && companyTokens(name).size) named.push({line: draft.subjectLine || 1, name: name});
      });
    }
    searchAll(rule.patterns[0], draft.body).forEach(function (match) {
      var name = companyName(match.group);
      if (name && companyTokens(name).size) named.push({line: lineOf(draft.body, match.groupStart), name: name});
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
  function modelCodes(text) {
    if (modelMemory.has(text)) return modelMemory.get(text);
    if (modelMemory.size >= 4096) modelMemory.clear();
    var codes = scoredCodes(text);
    modelMemory.set(text, codes);
    return codes;
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
