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
  var SENTENCE_MODEL = {"min_score":-0.4055,"categories":[{"flag":"pressure","code":"AV501","bias":-6.042,"weights":{"0 0":-0.59,"0 hours":0.82,"30th":0.51,"<q>":2.44,"a decision":0.49,"a firm":0.32,"a lovely":-0.33,"a no":0.95,"a relocation":-0.39,"a response":0.56,"a ring":0.7,"a verdict":0.85,"a yes":1.32,"about hiring":0.47,"about me":0.78,"accept elsewhere":0.33,"actually":-0.31,"after":-0.43,"after i":0.62,"afternoon":-0.38,"again as":0.65,"aisha":-0.32,"all":-0.53,"allowance":-0.61,"along":0.54,"along i":0.54,"am":-0.32,"an":0.5,"an answer":0.61,"an eye":0.34,"an offer":-0.31,"an update":0.4,"and accept":0.33,"and i":-0.35,"and revert":0.58,"and tell":0.8,"another company":0.61,"answer":1.85,"answer before":0.64,"answer by":0.41,"answer from":0.32,"answer this":0.35,"answer within":0.53,"any":-0.32,"any chance":0.51,"any further":-0.47,"any idea":0.37,"anything about":0.78,"anything else":-0.42,"application":0.34,"appreciate":0.54,"appreciate a":1.1,"are":-0.31,"are you":0.51,"aren't interested":0.33,"around":0.66,"around indefinitely":0.64,"as i":0.87,"as i'd":0.65,"as two":0.52,"asap":0.44,"asap i":0.44,"asked":-0.55,"asked for":-0.45,"assessment":-0.42,"assessment will":-0.4,"assume":0.88,"assume you":0.32,"assume you're":0.43,"at all":-0.45,"attached":-0.48,"available":-0.34,"back":0.62,"back by":0.47,"back from":0.79,"back if":0.3,"be":-0.35,"be at":-0.4,"be calling":0.61,"be in":0.31,"be meeting":-0.31,"been made":0.48,"been selected":0.71,"been successful":0.75,"before":0.97,"before my":0.6,"before the":0.65,"before then":-0.33,"before you":1.15,"begging":-0.44,"begging you":-0.44,"best":-0.82,"best wishes":-0.33,"bills to":0.54,"bonus":-0.36,"business":0.68,"business whether":0.73,"but can":0.39,"by":1.04,"by close":0.74,"by eod":0.37,"by friday":0.96,"by now":0.39,"by tomorrow":0.67,"by wednesday":0.67,"call your":0.57,"calling":0.61,"calling your":0.61,"came":-0.32,"can":0.36,"can i":0.74,"can we":0.54,"can't":0.76,"can't keep":0.49,"can't wait":0.44,"candidates":-0.69,"candidates know":-0.48,"car":-0.56,"case it":-0.42,"case you've":0.76,"chance you":0.51,"checking in":0.64,"cheers":-0.75,"choice":-0.31,"close":0.49,"close of":0.74,"com":-0.48,"come":-0.48,"comes":-0.47,"comes with":-0.44,"company car":-0.36,"company is":0.61,"compared":0.73,"compared notes":0.73,"completely":-0.37,"confirm":1.17,"confirm by":0.81,"confirm my":1.17,"confirm whether":-0.68,"contract by":-0.47,"contract ends":0.63,"could fast":0.44,"could give":0.45,"could tell":0.51,"could you":-0.62,"couple":0.3,"couple of":0.3,"current contract":0.63,"cut":0.43,"day and":-0.33,"day this":0.36,"days":0.48,"days until":0.3,"dear":-0.84,"dear mr":-0.41,"dear ms":-0.4,"decide":0.91,"decide quickly":0.37,"decided":0.42,"decided to":-0.32,"decision":1.5,"decision has":0.48,"decision might":-0.31,"decision this":0.49,"decision to":0.37,"decision within":0.54,"delighted":-0.31,"delighted to":-0.31,"did":1.08,"did i":1.0,"did the":0.69,"do":-0.66,"do staff":-0.42,"do you":0.48,"does":-0.61,"does the":-0.6,"don't hear":0.89,"down":-0.35,"dr":-0.36,"during":-0.31,"dying":0.37,"dying to":0.37,"earlier":-0.33,"earliest":1.17,"either":0.44,"either way":0.44,"else":-0.58,"end of":0.4,"ends":0.63,"ends on":0.63,"eod":0.37,"eod today":0.37,"every couple":0.3,"every morning":0.61,"example":-0.37,"example com":-0.31,"expect":1.13,"expect a":0.42,"expect an":1.23,"expedite":0.58,"expedite the":0.58,"eye":0.32,"eye on":0.76,"eye out":-0.35,"eze":-0.34,"faithfully":-0.3,"fast":0.93,"fast as":0.52,"fast track":0.44,"fifth":0.52,"fifth follow":0.63,"final":0.85,"final answer":0.94,"final result":0.37,"find out":0.34,"firm answer":0.32,"firms":0.52,"firms want":0.52,"first":-0.43,"first choice":-0.32,"follow":0.31,"follow up":0.31,"for a":0.34,"for any":-0.39,"for my":-0.36,"for you":0.58,"forward":-0.36,"fourth":0.56,"fourth time":0.56,"free":-0.6,"friday":0.39,"friday at":0.72,"friday i'll":0.47,"friday whether":0.54,"from me":-0.53,"from you":0.72,"further":-0.47,"further information":-0.43,"get a":-0.32,"get an":0.61,"get your":0.81,"give":0.73,"give you":0.44,"given how":0.54,"going":0.88,"going i'm":0.37,"going through":0.48,"going to":0.51,"good":-0.65,"got":0.79,"got it":0.98,"got lost":-0.3,"got the":0.71,"grace":-0.42,"grateful for":0.5,"great":-0.31,"had":-0.42,"hannah":-0.46,"has the":1.03,"have a":-0.5,"have decided":-0.32,"have since":-0.34,"have three":0.43,"have to":0.38,"have two":0.37,"have you":1.44,"have your":0.53,"health":-0.31,"hear":0.79,"hear back":1.33,"hear i've":0.63,"hear something":0.44,"hearing":-0.36,"help me":0.86,"hi":-1.04,"hire":0.34,"hire me":0.34,"hired":0.81,"hired or":0.44,"hiring":0.41,"hiring me":0.47,"hold":0.38,"holding":0.7,"holding off":0.7,"home":-0.36,"honestly":-0.54,"hope":-0.51,"hoped":-0.35,"hoped to":-0.35,"hoping to":0.33,"hours":0.57,"hours given":0.54,"how soon":0.71,"how well":0.54,"hurry":0.77,"hurry up":0.7,"i am":-0.32,"i can":-0.41,"i can't":1.07,"i don't":0.55,"i expect":1.36,"i got":0.69,"i have":0.34,"i hear":0.73,"i hope":-0.34,"i left":0.55,"i make":1.0,"i need":1.5,"i really":-0.57,"i stand":1.19,"i understand":-0.39,"i understood":-0.31,"i want":-0.32,"i was":-0.42,"i will":0.61,"i wondered":-0.49,"i'd appreciate":0.9,"i'd expect":0.54,"i'd like":0.45,"i'll":0.75,"i'll assume":0.89,"i'll check":0.3,"i'll do":-0.46,"i'll give":0.44,"i'll need":0.37,"i'll return":-0.47,"i'm begging":-0.42,"i'm dying":0.37,"i'm going":0.48,"i'm hired":0.39,"i'm holding":0.7,"i'm hoping":0.59,"i'm in":0.4,"i'm through":0.73,"i've got":0.8,"i've written":0.56,"idea yet":0.37,"if":0.57,"if i":1.33,"if i'm":0.54,"if im":0.44,"if not":-0.59,"im":0.44,"im hired":0.44,"in again":0.65,"in every":0.3,"in my":-0.33,"in touch":-0.33,"include":-0.47,"indefinitely":0.64,"indefinitely for":0.64,"indication":0.48,"indication today":0.48,"information":-0.5,"information you":-0.35,"interest":0.36,"interest to":0.37,"interview":-0.36,"interviewing":-0.36,"interviewing several":-0.4,"interviews":0.5,"interviews this":0.78,"is it":0.37,"is mine":0.9,"is my":0.43,"is ready":0.62,"is there":-0.85,"it a":0.61,"it before":0.63,"it got":-0.3,"it that":0.32,"it went":0.41,"it would":1.04,"it's going":0.37,"job i":-0.39,"job is":0.9,"job or":0.51,"join":-0.3,"just checking":0.53,"just resending":-0.3,"just tell":0.76,"keen":-0.36,"keep an":0.4,"keep my":0.45,"kind":-0.58,"kind regards":-0.42,"kindly":1.3,"kindly confirm":1.17,"kindly expedite":0.58,"kindly revert":0.37,"know":0.43,"know by":0.57,"know if":0.49,"know roughly":-0.39,"know the":0.35,"know today":0.39,"know what":-0.37,"know where":0.64,"know yet":0.64,"know you're":-0.4,"last":-0.66,"last week":-0.51,"later":0.76,"later than":0.79,"latest":0.72,"leave":-0.47,"leeds":-0.43,"leeds office":-0.4,"left":0.37,"let":-0.72,"let candidates":-0.48,"let me":-0.36,"life":0.46,"life on":0.49,"longer":0.99,"longer before":1.15,"lost":-0.31,"lost the":-0.3,"lovely":-0.33,"made":0.4,"made up":0.58,"make":0.56,"make a":-0.43,"make the":1.0,"many":-0.32,"marcus":-0.38,"may want":0.43,"me after":0.73,"me before":-0.39,"me either":0.56,"me if":1.4,"me in":-0.4,"me know":-0.36,"me out":0.45,"me some":0.48,"me the":0.86,"me this":-0.38,"me what":-0.36,"me who":-0.31,"me yet":0.3,"meeting":-0.33,"meeting at":-0.31,"meets":-0.33,"mentioned":-0.53,"mentioned you":-0.35,"might":-0.47,"might come":-0.31,"mind":0.32,"mind by":0.58,"mine":0.88,"misery":0.54,"misery and":0.54,"monday i'll":0.33,"monday morning":0.82,"monday to":0.57,"month":-0.51,"more":-0.44,"morning":0.89,"morning to":0.82,"morning until":0.61,"move fast":0.52,"move quickly":0.43,"mr":-0.48,"mrs":-0.34,"ms":-0.56,"much longer":1.22,"my answer":-0.41,"my application":0.38,"my decision":0.37,"my fifth":0.63,"my first":-0.32,"my last":-0.31,"my life":0.49,"my misery":0.54,"my phone":0.48,"my previous":-0.35,"my selection":1.17,"need":1.14,"need a":0.56,"need from":-0.39,"need this":-0.53,"need to":1.52,"need you":0.5,"need your":0.64,"new":-0.32,"next steps":-0.47,"next two":0.53,"next week":-0.36,"no":0.76,"no before":0.69,"no later":0.79,"nod":0.45,"nod by":0.45,"not i":-0.42,"not in":0.32,"not serious":0.47,"notes":0.68,"notes yet":0.73,"nothing":-0.38,"of business":0.74,"of days":0.3,"of last":-0.33,"of whether":0.47,"off":0.56,"off on":0.7,"offer and":-0.47,"offer for":0.7,"offer me":0.51,"offering":0.47,"offering me":0.47,"office":0.54,"office every":0.61,"office on":0.57,"office or":-0.4,"on another":0.7,"on hold":0.49,"on monday":0.36,"on my":0.66,"on next":-0.31,"on whether":1.22,"on your":-0.4,"one":-0.44,"online":-0.4,"or":1.39,"or a":0.41,"or no":0.69,"or not":1.65,"or online":-0.4,"other":1.18,"other company":0.37,"other firms":0.52,"other interviews":0.78,"otherwise":0.37,"otherwise i'll":0.37,"our":-0.37,"out for":-0.34,"out of":0.34,"out whether":0.36,"outcome":0.96,"outcome within":0.58,"over":-0.31,"overtime":-0.35,"owner":0.73,"owner say":0.78,"paid":-0.32,"panel":0.31,"panel compared":0.73,"panel reached":0.3,"pasensya":0.39,"pasensya na":0.39,"pay":-0.87,"people":-0.47,"people this":-0.4,"per":-0.46,"phone":1.05,"phone on":0.82,"phone tonight":0.76,"pick":-0.33,"picked":0.61,"picked someone":0.61,"plan around":0.54,"please":0.55,"please confirm":0.54,"please give":-0.31,"please hurry":0.77,"please i'm":-0.36,"please just":0.56,"please put":0.54,"please reply":0.44,"please sir":0.57,"po but":0.39,"practical":-0.39,"practical assessment":-0.4,"previous":-0.61,"previous two":-0.3,"priya":-0.45,"probably":-0.35,"process and":0.55,"put":0.38,"put me":0.45,"question":-0.33,"quickly":0.9,"rate":-0.33,"rather than":0.33,"reached":0.99,"reached a":0.85,"reached its":0.3,"ready":0.54,"ready to":0.54,"really help":0.96,"received":-0.53,"received another":-0.39,"reckon":0.45,"reckon you":0.45,"references":-0.42,"regards":-0.92,"relocation":-0.39,"reply asap":0.44,"resending":-0.38,"resending this":-0.3,"respectfully":-0.35,"response":0.44,"response today":0.63,"result":0.37,"result as":0.37,"return":-0.46,"return the":-0.46,"revert":0.93,"revert by":0.37,"revert with":0.58,"ring":0.68,"ring every":0.44,"rn":-0.33,"role comes":-0.32,"role or":0.61,"roughly":-0.39,"roughly when":-0.39,"rush":-0.34,"salary":-0.5,"say":0.3,"say anything":0.78,"second":-0.47,"second interview":-0.33,"selected":0.69,"selection":1.17,"selection at":1.17,"serious":0.47,"serious about":0.47,"several":-0.4,"several people":-0.4,"share":-0.38,"shift":-0.38,"signed":-0.49,"signed contract":-0.47,"since":-0.4,"since another":0.5,"sincerely":-0.83,"sir i":0.49,"so":0.41,"so did":1.0,"so i":-0.8,"so i'd":0.36,"so it":0.37,"so much":-0.33,"so please":1.27,"so you":0.34,"some":0.47,"some indication":0.48,"someone":0.43,"someone for":0.61,"soon will":0.71,"speed":1.03,"speed things":1.03,"spot":0.48,"spot i":0.5,"staff":-0.53,"staff get":-0.42,"stand":0.48,"stand by":0.57,"stand today":0.65,"start":-0.61,"start on":-0.49,"steps":-0.48,"still":-0.48,"successful":0.75,"successful yet":0.75,"sure you":0.53,"surely":0.58,"surely you've":0.58,"take it":0.31,"tell":0.72,"tell me":0.98,"than":0.65,"than next":0.35,"than wednesday":0.79,"thanks":-0.61,"thanks again":-0.32,"thanks for":-0.31,"that":-0.31,"that's alright":0.3,"the 30th":0.51,"the call":-0.43,"the cut":1.0,"the day":0.71,"the decision":0.44,"the earliest":1.17,"the end":0.4,"the final":0.5,"the fourth":0.56,"the health":-0.31,"the job":0.87,"the latest":0.72,"the leeds":-0.4,"the nod":0.45,"the other":0.33,"the outcome":0.96,"the owner":0.75,"the panel":0.42,"the practical":-0.4,"the previous":-0.3,"the running":0.45,"the second":-0.37,"the signed":-0.47,"the spot":0.5,"the third":0.41,"the way":-0.32,"the weekend":1.21,"then":-0.33,"there":-0.78,"there anything":-0.37,"there's":-0.49,"there's any":-0.38,"things along":0.62,"things stand":-0.58,"things up":0.5,"third":0.41,"third time":0.43,"this chance":-0.4,"this in":-0.32,"this is":0.91,"this job":-0.51,"this position":-0.34,"this role":-0.48,"this week":2.06,"thought":-0.36,"three other":0.43,"through":0.39,"thursday":-0.31,"time i've":0.56,"time this":0.48,"timeline":-0.52,"times":-0.49,"to be":-0.44,"to find":0.32,"to get":0.61,"to have":0.44,"to hire":0.5,"to keep":-0.31,"to know":1.37,"to let":-0.6,"to make":-0.31,"to move":0.45,"to offer":0.51,"to plan":0.48,"to speed":0.5,"today":1.56,"today if":0.39,"today of":0.48,"today with":0.37,"tomorrow":0.68,"tonight":1.01,"tonight in":0.76,"touch":-0.35,"track":0.4,"track the":0.44,"two days":0.53,"two other":0.88,"two times":-0.33,"understand i":0.64,"understood":-0.31,"understood a":-0.31,"until":1.03,"until i":1.32,"up":0.43,"up for":0.46,"up in":-0.36,"up on":-0.4,"up so":0.63,"up your":0.58,"verdict":0.85,"verdict on":0.85,"wait":0.35,"wait around":0.64,"walsh":-0.32,"want me":0.52,"wanted":-0.39,"wanted to":-0.37,"warm":-0.33,"warm regards":-0.31,"warmly":-0.37,"was":-0.33,"was any":-0.31,"way it's":0.37,"we speed":0.54,"wednesday":0.64,"wednesday otherwise":0.32,"week":0.39,"week as":0.49,"week on":0.48,"week rather":0.35,"week so":0.57,"week until":0.44,"weekend":0.73,"weeks":-0.36,"well it":0.54,"what":-0.59,"what the":-0.31,"whatever":-0.38,"whatever it":-0.31,"when":-0.43,"when can":0.36,"when you":-0.62,"where i":0.8,"where things":-0.58,"whether":1.35,"whether a":0.37,"whether i":0.62,"whether i'm":1.42,"whether i've":0.76,"whether the":-0.61,"whether there":-0.3,"whether there's":-0.3,"whether you're":0.54,"which way":0.37,"who":-0.42,"who i'll":-0.31,"will":0.51,"will be":-0.49,"will call":0.57,"will i":0.71,"will phone":0.82,"wishes":-0.34,"with a":-0.43,"within":1.3,"within 0":1.05,"within the":0.53,"wondered":-0.49,"wondered whether":-0.45,"would i":-0.42,"would need":0.6,"would really":0.91,"would the":-0.39,"written":0.49,"written so":0.56,"year":-0.32,"years":-0.36,"yes":1.21,"yes or":1.32,"yet":2.43,"yet if":0.64,"yet which":0.37,"you aren't":0.33,"you by":0.5,"you confirm":-0.44,"you could":1.16,"you decide":0.91,"you expect":-0.53,"you going":0.51,"you hoped":-0.35,"you know":0.38,"you may":0.42,"you mentioned":-0.4,"you need":-0.85,"you no":0.79,"you picked":0.61,"you reached":0.85,"you so":0.39,"you tell":-0.68,"you understand":0.64,"you'll":0.32,"you'll need":0.64,"you're interviewing":-0.4,"you're not":0.47,"you're offering":0.54,"you've":1.17,"you've decided":0.76,"you've made":0.58,"your answer":1.19,"your decision":0.68,"your final":0.6,"your interest":0.37,"your mind":0.58,"your office":1.01,"your team":-0.31,"your timeline":-0.39,"yours":-0.61,"yours faithfully":-0.3}},{"flag":"silence-complaint","code":"AV508","bias":-6.1452,"weights":{"0 0":-0.49,"<q>":-0.67,"a bit":1.83,"a black":0.62,"a day":0.4,"a little":0.81,"a minute":0.43,"a peep":0.47,"a record":-0.42,"a shame":0.79,"a short":0.83,"acknowledgement":0.72,"acknowledgement by":0.72,"admit":0.45,"admit i":0.45,"after":1.11,"after a":0.34,"after four":0.37,"after i":0.38,"after my":0.8,"after the":0.5,"again":-0.39,"aisha":-0.31,"am":-0.3,"an":0.34,"an acknowledgement":0.72,"an automated":0.48,"and heard":0.44,"and it's":0.43,"and still":0.76,"another":-0.37,"any communication":0.34,"any information":0.49,"anything":0.49,"anything has":0.36,"anything in":0.57,"applicants":0.47,"application":0.73,"application has":0.62,"appreciated given":0.49,"as":-0.42,"at least":1.24,"attached":-0.31,"automated":0.47,"automated reply":0.48,"availability":-0.35,"availability since":-0.35,"back":0.88,"back has":0.42,"back to":0.49,"back which":0.44,"be a":-0.42,"be honest":0.49,"be kept":0.66,"be left":0.59,"been":1.7,"been appreciated":0.49,"been checking":0.79,"been courteous":0.96,"been hard":0.83,"been in":0.49,"been pretty":0.41,"been read":-0.35,"been really":0.65,"before":-0.35,"being":0.66,"being kept":0.5,"being left":0.6,"best":-0.81,"best wishes":-0.33,"bit":2.01,"bit gutted":0.49,"bit ignored":0.41,"bit much":0.68,"bit rough":0.47,"black":0.62,"black hole":0.62,"bothered":0.66,"bothered to":0.66,"busy but":0.5,"but being":0.5,"by friday":-0.31,"by monday":0.33,"by now":0.93,"calls":0.49,"can":-0.32,"candidates":1.03,"candidates deserve":0.35,"candidates know":0.53,"candidates waiting":0.34,"checking":0.61,"checking my":0.79,"cheers":-0.76,"com":-0.53,"confidence":0.6,"could spare":0.43,"courteous":0.96,"courteous even":0.42,"courteous to":0.55,"current":-0.57,"dark":0.67,"dark for":0.49,"day and":0.6,"day off":0.4,"dear":-0.81,"dear mr":-0.4,"dear ms":-0.39,"decency":0.38,"decency to":0.38,"decision":-0.3,"demoralising":0.31,"deserve":0.35,"deserve at":0.35,"disappointed":0.56,"disappointed that":0.57,"disappointing":1.37,"disappointing that":0.47,"discouraging":0.62,"discouraging to":0.52,"disheartening":0.49,"disheartening to":0.49,"don't":-0.34,"down":0.38,"down by":0.36,"down not":0.48,"dr":-0.35,"drove":0.43,"drove three":0.47,"emailed":0.44,"emailed twice":0.44,"employer":-0.32,"even":0.69,"even a":0.49,"even an":0.48,"even for":-0.42,"even if":0.42,"every day":0.74,"example":-0.35,"example com":-0.3,"eze":-0.34,"fallen":0.62,"fallen into":0.62,"feel":0.94,"feel a":0.36,"feel ignored":0.88,"feeling":0.33,"feeling rather":0.36,"feels":0.86,"feels a":0.42,"feels like":0.47,"felt":0.36,"felt a":0.45,"final":0.46,"final round":0.75,"find it":0.47,"followed":0.47,"followed up":0.47,"following":-0.3,"for at":0.74,"for hr":-0.42,"for my":-0.3,"for this":0.64,"for weeks":0.5,"forgotten":0.45,"forgotten after":0.45,"friday":-0.42,"from hr":1.13,"get even":0.48,"given the":0.48,"good":-0.63,"got back":0.57,"grace":-0.42,"gutted":0.49,"gutted nobody's":0.49,"had the":0.3,"hanging":0.6,"hanging after":0.6,"hannah":-0.47,"hard":0.95,"hard on":0.91,"hard to":0.4,"has":1.77,"has been":0.63,"has bothered":0.66,"has fallen":0.62,"has followed":0.47,"has got":0.57,"has had":0.38,"has honestly":0.42,"has left":0.36,"have been":0.56,"have to":0.33,"haven't":0.57,"haven't heard":0.57,"hear by":0.42,"hear nothing":0.41,"heard":0.96,"heard anything":0.57,"heard nothing":0.44,"hearing a":0.47,"hearing anything":0.46,"hearing back":0.42,"hi":-1.02,"hole":0.62,"honest":0.49,"honestly":0.57,"honestly been":0.42,"honestly disappointed":0.57,"hope":-0.36,"hoping":0.49,"hoping for":0.67,"hours for":0.47,"how":-0.31,"hr":0.68,"hr has":0.66,"hr side":0.49,"i am":-0.3,"i drove":0.43,"i feel":0.36,"i felt":0.45,"i find":0.47,"i have":-0.38,"i haven't":0.57,"i put":0.49,"i really":-0.3,"i took":0.36,"i was":0.94,"i'd hear":0.6,"i'll":-0.58,"i'm a":0.49,"i'm honestly":0.57,"i'm sad":0.35,"i'm starting":0.88,"i'm sure":-0.39,"i've emailed":0.44,"if":-0.38,"ignored":1.27,"ignored after":0.88,"ignored tbh":0.41,"in limbo":0.5,"in over":0.57,"information":0.37,"information from":0.49,"interview has":0.55,"interview so":0.4,"into the":0.34,"is a":0.49,"is disappointing":0.71,"is hard":0.5,"is quite":0.66,"is very":0.46,"it disappointing":0.47,"it feels":0.88,"it is":0.89,"it seems":-0.35,"it would":0.41,"it's":1.52,"it's a":0.5,"it's been":0.56,"it's now":0.6,"it's quite":0.49,"job":-0.36,"just":-0.52,"keep candidates":0.34,"kept":1.08,"kept in":0.68,"kept waiting":0.48,"kind":-0.45,"kind regards":-0.44,"knocked":0.6,"knocked my":0.6,"know where":0.39,"last two":0.64,"least":1.19,"least a":0.37,"least an":0.72,"left":1.02,"left hanging":0.6,"left in":0.48,"left me":0.36,"let":0.46,"let candidates":0.53,"let down":0.82,"like my":0.62,"limbo":0.5,"limbo for":0.5,"little":0.76,"little forgotten":0.45,"little let":0.48,"long":1.52,"long without":0.82,"made":-0.31,"marcus":-0.35,"may":-0.41,"may not":-0.35,"me feeling":0.36,"me since":0.35,"message":-0.35,"message may":-0.35,"messages":0.48,"minute":0.43,"minute to":0.43,"monday and":0.41,"more":-0.32,"mr":-0.48,"mrs":-0.34,"ms":-0.55,"much to":0.45,"must be":-0.42,"my application":0.36,"my availability":-0.35,"my calls":0.56,"my confidence":0.6,"my current":-0.56,"my phone":0.71,"my previous":-0.35,"need":-0.37,"news":0.36,"news at":0.43,"next":-0.36,"nice to":0.34,"no":0.9,"no news":0.64,"no one":0.63,"no rush":-0.43,"no update":0.48,"no word":0.45,"nobody":1.57,"nobody could":0.43,"nobody from":0.66,"nobody has":0.78,"nobody's":0.49,"nobody's been":0.49,"not":0.57,"not have":-0.35,"not hearing":1.3,"not nice":0.34,"not to":0.76,"note":-0.32,"nothing":1.39,"nothing back":0.44,"nothing for":0.41,"now":1.02,"now and":0.44,"now thursday":0.43,"of radio":0.47,"off work":0.4,"on applicants":0.5,"on me":0.38,"one has":0.63,"only":-0.4,"or":-0.4,"our chat":0.44,"our interview":0.32,"over three":0.57,"painful":0.67,"painful to":0.67,"peep":0.47,"peep after":0.47,"phone":0.6,"phone every":0.79,"please":-0.49,"po":-0.33,"pretty":0.35,"pretty discouraging":0.41,"previous":-0.37,"previous message":-0.35,"priya":-0.46,"probably":-0.3,"put into":0.49,"quick reply":0.42,"quite":1.02,"quite disheartening":0.49,"quite upsetting":0.53,"radio":0.47,"radio silence":0.47,"rather let":0.36,"read":-0.49,"really knocked":0.6,"really stressful":0.32,"received one":0.35,"record":-0.46,"record even":-0.42,"regards":-0.92,"reply":1.3,"reply and":0.35,"reply would":0.9,"resending":-0.51,"resending my":-0.38,"respectfully":-0.35,"rn":-0.33,"rough":0.45,"rough not":0.47,"round":0.33,"round really":0.6,"run":-0.34,"rush":-0.45,"sad":0.35,"sad not":0.35,"seems":-0.4,"seems my":-0.35,"shame":0.79,"shame nobody":0.79,"short":0.61,"short reply":0.83,"side":0.39,"silence":1.26,"silence is":0.47,"silence since":0.93,"since":0.39,"since it":-0.35,"since our":0.79,"since the":0.78,"since then":0.39,"sincerely":-0.81,"sir it":0.49,"so long":0.49,"so the":0.34,"spare":0.35,"spare a":0.43,"starting":0.71,"starting to":0.88,"still nothing":0.79,"stressful":0.32,"sure":-0.49,"sure you've":-0.32,"tbh":0.41,"tbh nobody":0.41,"thanks":-0.57,"that no":0.47,"the application":0.44,"the dark":0.67,"the decency":0.38,"the final":0.4,"the silence":0.63,"then has":0.4,"there":-0.37,"things stand":0.4,"this interview":0.4,"this long":0.91,"three":0.88,"three hours":0.47,"three weeks":1.18,"thursday with":0.43,"time i":0.44,"to admit":0.45,"to be":0.65,"to feel":0.88,"to get":0.42,"to let":0.33,"to me":0.47,"to the":-0.3,"to update":0.79,"to wait":0.47,"told":0.39,"told i'd":0.6,"took a":0.4,"touch since":0.49,"twice now":0.44,"two messages":0.75,"understand you're":0.5,"up since":0.47,"update":0.75,"update me":0.79,"upsetting":0.64,"upsetting to":0.53,"very painful":0.49,"wait":0.46,"wait so":0.49,"waiting":0.63,"waiting this":0.44,"waiting with":0.48,"walsh":-0.32,"want":-0.34,"warm":-0.33,"warm regards":-0.31,"warmly":-0.37,"was hoping":0.74,"was told":0.6,"we":-0.37,"weeks":0.96,"weeks is":0.5,"weeks must":-0.42,"weeks of":0.45,"weeks with":0.39,"what":-0.34,"where things":0.4,"whether":-0.31,"which":0.63,"which is":0.97,"wishes":-0.38,"with no":1.51,"without":0.92,"without any":0.9,"word":0.9,"would have":1.42,"wow":-0.42,"wow three":-0.42,"years":-0.38,"yesterday":-0.41,"yet":-0.36,"you're busy":0.5,"you've":-0.4,"yours":-0.62}},{"flag":"passive-aggressive","code":"AV508","bias":-6.1142,"weights":{"0":-0.33,"0 0":-0.58,"0 staff":0.58,"<q>":-0.31,"a decision":-0.35,"a polite":0.85,"a quick":-0.39,"a record":0.89,"a response":0.42,"a sign":0.61,"accounts":-0.45,"accounts payable":-0.46,"actually":2.08,"actually gets":0.55,"actually reaches":1.01,"actually read":0.57,"actually received":0.63,"adeyemi":-0.36,"advance":1.09,"advance for":1.09,"after":-0.61,"after my":-0.34,"afternoon":-0.39,"again":0.75,"again for":-0.4,"again i":0.55,"again since":0.74,"again to":0.6,"aisha":-0.32,"all":-0.38,"already":0.57,"already attached":0.66,"am following":0.55,"am still":0.34,"an":-0.43,"an eye":-0.37,"answer the":0.6,"any day":0.54,"application":0.53,"application this":0.63,"are already":0.66,"are now":-0.37,"as":0.59,"as i":0.91,"as i've":1.24,"as stated":0.96,"assume":0.55,"assume you're":0.46,"at my":-0.38,"at your":0.56,"attaching":0.57,"attaching my":0.57,"available":1.65,"available any":0.81,"available for":0.39,"back":0.67,"back to":0.78,"be a":0.59,"be clear":0.6,"be my":-0.49,"because i":0.54,"been too":0.43,"been waiting":0.7,"before i":0.93,"below":-0.3,"best":-0.81,"best wishes":-0.33,"bumping":0.44,"bumping this":0.44,"busy":1.22,"busy since":0.52,"busy so":0.45,"busy to":0.65,"but":0.45,"but i'll":0.62,"by":-0.36,"can start":0.58,"candidates":-0.32,"care":-0.31,"case":0.71,"case it":0.94,"case it's":0.57,"case you've":-0.36,"checking you":0.63,"cheers":-0.75,"clarity":0.62,"clear":0.49,"clear i":0.6,"com":-0.57,"com in":-0.34,"communication":0.44,"communication works":0.65,"confusion":0.43,"conversation":-0.34,"course":0.6,"course i've":0.7,"cv":1.24,"cv for":0.57,"cv i":-0.43,"cv in":0.7,"day this":0.44,"dear":-0.81,"dear mr":-0.41,"dear ms":-0.4,"decided":-0.38,"decision":-0.37,"did":0.63,"did answer":0.6,"did mention":0.62,"disappointing":-0.36,"do":-0.37,"dr":-0.34,"during the":0.38,"earlier":1.04,"earlier email":0.54,"earlier messages":0.43,"email":1.78,"email because":0.54,"email i'm":0.33,"email reached":0.46,"email will":0.51,"emails":1.44,"emails i":0.57,"employer":-0.55,"employer treated":-0.32,"ended":0.63,"ended up":0.63,"even":0.48,"even for":0.89,"example":-0.34,"experience":-0.45,"experience in":-0.44,"explained":0.76,"explained more":0.67,"extremely":0.45,"extremely busy":0.45,"eye":-0.37,"eye on":-0.36,"eze":-0.34,"feel":-0.41,"feel ignored":-0.34,"finally":1.09,"finally getting":1.09,"find":-0.42,"floating":0.46,"floating this":0.46,"folder":0.63,"follow":0.95,"follow up":0.95,"following":1.32,"following up":1.44,"for 0":0.57,"for a":-0.36,"for clarity":0.62,"for finally":1.09,"for hr":0.89,"for now":-0.49,"four":-0.39,"four years":-0.45,"from last":0.76,"gap":0.55,"gap in":0.59,"get":-0.41,"gets":0.53,"gets a":0.55,"getting":0.82,"getting back":1.09,"gone":0.57,"gone missing":0.57,"good":-0.51,"grace":-0.42,"had":-0.32,"hannah":-0.49,"has":-0.72,"has been":-0.52,"have":-0.32,"have four":-0.43,"have vanished":0.55,"heard back":0.54,"here":0.61,"here it":0.46,"hi":-1.03,"honestly":-0.41,"hope this":0.92,"hopefully":1.1,"hopefully this":1.1,"how communication":0.65,"hr":0.68,"i assume":0.79,"i can":0.33,"i did":1.0,"i explained":0.86,"i have":-0.65,"i hope":-0.31,"i know":-0.31,"i mentioned":0.4,"i never":0.54,"i pointed":0.33,"i remain":0.51,"i said":0.43,"i sent":0.52,"i will":-0.47,"i'd":-0.38,"i'll":0.69,"i'll keep":0.31,"i'll repeat":0.62,"i'll take":0.84,"i'm available":1.09,"i'm not":-0.37,"i'm resending":0.54,"i'm starting":-0.34,"i'm still":0.76,"i'm sure":0.5,"i've been":-0.37,"i've now":1.24,"i've only":0.67,"i've run":0.59,"if my":0.74,"ignored":-0.37,"ignored after":-0.34,"in accounts":-0.43,"in advance":1.09,"in case":0.9,"in my":0.72,"in writing":0.43,"in your":0.45,"inbox":0.87,"inbox again":0.88,"interview but":0.62,"interview i've":0.66,"is":-0.43,"is once":0.46,"it for":0.6,"it seems":0.69,"it's gone":0.57,"job":-0.51,"just":1.16,"just a":0.44,"just checking":0.36,"just floating":0.46,"just to":0.43,"keen":-0.42,"keep an":-0.37,"keep sinking":0.44,"keep this":0.69,"kind":-0.52,"kind regards":-0.42,"know":-0.32,"last":0.84,"last email":0.73,"last employer":-0.37,"last note":0.33,"last one":0.51,"last time":0.45,"last two":0.88,"last week":0.52,"like i":0.63,"like last":0.45,"linkedin":-0.34,"linkedin com":-0.34,"long":-0.42,"lost":0.95,"lost again":0.7,"made":-0.34,"march":0.31,"marcus":-0.37,"mention":0.6,"mention this":0.62,"mentioned":0.56,"mentioned in":0.57,"mentioned twice":0.6,"messages":0.87,"messages ended":0.63,"missing":0.57,"missing again":0.57,"monday":0.68,"monday i":0.83,"more for":-0.31,"more than":0.67,"morning":-0.38,"mr":-0.48,"mrs":-0.34,"ms":-0.55,"must":0.76,"must be":0.89,"my application":0.6,"my cv":1.31,"my earlier":1.12,"my follow":0.76,"my last":0.69,"my phone":-0.41,"my previous":1.25,"my voicemail":0.83,"need":-0.35,"never":0.37,"never heard":0.54,"no confusion":0.43,"no rush":0.53,"not sure":0.62,"note for":-0.49,"note i'm":0.49,"note seems":0.32,"note to":-0.37,"note went":0.52,"nothing":-0.3,"now attached":-0.37,"now mentioned":0.6,"now said":0.66,"of course":0.7,"of experience":-0.43,"of how":0.45,"of your":0.67,"old":-0.32,"on monday":1.09,"on whether":-0.33,"once":1.13,"once again":0.47,"once during":0.67,"one":0.65,"one actually":1.54,"only":0.4,"only been":0.7,"our":-0.55,"out in":0.33,"over":-0.35,"payable":-0.46,"payroll":0.57,"payroll for":0.64,"per":0.64,"per my":0.93,"perhaps":0.63,"perhaps my":0.63,"person":0.43,"person unlike":0.51,"phone in":0.43,"phone tonight":-0.36,"please":-0.56,"po":-0.33,"pointed":0.33,"pointed out":0.33,"polite":0.85,"polite reminder":0.85,"position":-0.33,"previous":1.46,"previous email":0.33,"previous messages":0.63,"previous note":0.49,"priya":-0.43,"question about":0.31,"quick":-0.46,"quick note":-0.39,"reach":0.42,"reach the":0.51,"reached":0.64,"reached you":0.74,"reaches":0.98,"reaches you":1.01,"read":1.12,"read it":0.57,"really":-0.46,"reattaching":0.7,"reattaching my":0.7,"received":0.39,"received my":0.59,"record":0.67,"record even":0.89,"references are":0.48,"regards":-0.92,"remain":0.5,"remain available":0.73,"reminder":0.82,"reminder that":0.84,"repeat":0.98,"repeat it":0.62,"repeat what":0.43,"resending":1.26,"resending my":0.8,"resending this":0.5,"respectfully":-0.35,"response":0.34,"right":0.38,"right person":0.51,"rn":-0.33,"run":0.31,"run payroll":0.67,"rush":0.41,"rush of":0.69,"said":0.92,"said on":0.43,"said twice":0.66,"say":-0.49,"say my":-0.37,"second round":0.37,"seems":0.99,"seems to":0.74,"sent":0.52,"sent on":0.52,"short":0.5,"short like":0.45,"sign":0.56,"sign of":0.65,"silence":0.62,"silence as":0.65,"simply":0.43,"simply been":0.43,"since":1.08,"since it":0.69,"since march":0.7,"since my":1.16,"sincerely":-0.81,"sinking":0.44,"so here":0.46,"so i'll":0.45,"so there's":0.43,"someone":0.44,"someone will":0.57,"soon":-0.37,"spam":0.63,"spam folder":0.63,"start on":0.39,"starting":-0.34,"starting to":-0.34,"stated":0.96,"stated twice":0.96,"status":0.55,"status of":0.55,"still":0.47,"still interested":0.57,"still waiting":1.12,"sure":1.0,"sure if":0.74,"sure you're":0.45,"sure you've":0.51,"take":0.34,"take the":0.78,"than":0.3,"than once":0.67,"thanks":-0.54,"thanks again":-0.86,"thanks in":1.09,"that i":-0.32,"that i'm":0.81,"the follow":0.52,"the gap":0.56,"the last":0.51,"the phone":0.38,"the question":0.38,"the right":0.5,"the second":0.37,"the silence":0.76,"the status":0.55,"the top":0.87,"there's":0.32,"there's no":0.43,"this":0.77,"this email":0.51,"this in":0.86,"this is":-0.41,"this long":-0.31,"this one":1.41,"this short":0.69,"this time":1.47,"this to":0.88,"this will":-0.49,"three":0.31,"three weeks":0.63,"time in":0.57,"time so":0.43,"time someone":0.57,"to feel":-0.34,"to have":0.5,"to me":0.67,"to repeat":0.43,"to say":-0.38,"today":-0.37,"tonight":-0.36,"tonight in":-0.36,"too":0.62,"too busy":0.65,"top":0.79,"top of":0.88,"treated":-0.36,"tuesday":-0.32,"twice":1.83,"twice before":0.88,"twice i'm":0.6,"twice my":0.66,"two":0.4,"two emails":0.76,"two times":0.49,"unanswered":0.52,"unlike my":-0.41,"unlike the":0.51,"until":-0.35,"up":0.43,"up again":0.32,"up from":0.74,"up i":0.52,"up in":0.54,"up on":1.49,"vanished":0.55,"very busy":0.5,"voicemail":0.83,"voicemail on":0.83,"waiting":1.32,"waiting since":0.7,"waiting to":0.85,"walsh":-0.32,"warm":-0.32,"warm regards":-0.31,"warmly":-0.38,"was a":-0.36,"was lost":0.7,"we":-0.49,"weeks must":0.89,"well":-0.48,"went unanswered":0.52,"whether":-0.41,"will actually":0.57,"will be":-0.49,"will reach":0.51,"will start":-0.39,"wishes":-0.35,"works":0.53,"works at":0.65,"wow":0.89,"wow three":0.89,"writing":0.34,"writing this":0.43,"years":-0.41,"years of":-0.36,"you well":-0.32,"you're":0.61,"you're extremely":0.45,"you're very":0.52,"you've decided":-0.36,"you've simply":0.43,"your company":0.62,"your inbox":0.88,"your spam":0.63,"yours":-0.64}},{"flag":"badmouth","code":"AV510","bias":-6.0289,"weights":{"0":-0.42,"0 0":-0.47,"0 drinks":-0.34,"<q>":-0.62,"a bit":-0.54,"a boss":0.44,"a breath":0.47,"a bully":0.81,"a change":0.54,"a clueless":0.59,"a crook":0.53,"a gm":0.47,"a great":-0.45,"a highlight":-0.38,"a joke":0.39,"a mess":-0.37,"a morning":-0.34,"a nightmare":1.16,"a relief":1.01,"a rota":0.55,"a shambles":1.25,"a similar":-0.38,"a team":0.43,"a truck":0.5,"about teaching":0.42,"about tests":0.39,"accept":-0.33,"actually":0.68,"actually seem":0.64,"actually seemed":0.38,"adeyemi":-0.3,"afraid":-0.37,"afraid my":-0.37,"after four":0.56,"after three":0.45,"after years":0.44,"again":-0.37,"agency":0.99,"agency i":0.99,"air":0.43,"aisha":-0.32,"all day":0.89,"am is":0.75,"an":-0.33,"and dishonest":0.49,"and everyone":0.56,"and get":0.89,"and i'm":0.36,"and learned":-0.34,"and left":0.33,"and never":0.33,"and nobody":0.61,"and shout":0.4,"and taught":-0.41,"and treat":0.46,"any modern":0.46,"appealed":0.52,"appealed to":0.52,"application":-0.31,"applying":0.63,"approach":0.57,"approach was":0.59,"are":0.42,"are completely":0.62,"are lazy":0.67,"are my":-0.32,"as":-0.44,"asked":-0.32,"at all":-0.35,"at everyone":0.44,"at had":0.42,"at my":0.68,"at now":1.05,"at staff":0.4,"attached":-0.56,"away from":0.38,"awful":0.42,"awful leadership":0.42,"back":-0.41,"backed":0.42,"backed us":0.42,"backward":0.46,"backward and":0.46,"badly":1.08,"badly run":1.15,"because the":-0.44,"because their":0.49,"been":-0.39,"been a":0.44,"before":-0.33,"belittles":0.95,"belittles the":0.95,"best":-0.88,"best wishes":-0.32,"bit":-0.6,"bit of":-0.37,"boss":2.19,"boss has":0.54,"boss na":0.34,"boss takes":0.55,"boss who":0.44,"boss you":0.38,"bottom":0.49,"breath":0.47,"breath of":0.47,"brilliant":-0.35,"brilliant and":-0.34,"broke":0.42,"broke down":0.5,"bully":0.81,"bully and":0.81,"by":-0.34,"cafe was":0.32,"calm":0.37,"calm style":0.44,"calm under":-0.34,"can see":0.5,"can't wait":0.33,"care":0.58,"care for":0.48,"care less":0.63,"cares":0.36,"cares about":0.39,"carrying":0.35,"carrying them":0.35,"change":0.39,"changeover":-0.37,"changeover at":-0.37,"cheapskates":0.3,"cheapskates who":0.3,"cheers":-0.78,"closing":-0.39,"closing in":-0.39,"clueless":0.59,"clueless director":0.59,"code":0.33,"code and":0.39,"colleagues":0.8,"colleagues gossip":0.89,"com":-0.42,"company":0.76,"company is":0.44,"company the":0.48,"company was":0.89,"complaints":-0.37,"complaints at":-0.34,"completely":0.89,"completely out":0.62,"completely useless":0.51,"constantly":0.95,"constantly belittles":0.95,"corner":0.43,"corner going":0.49,"corners":0.82,"corners everywhere":0.53,"corners on":0.3,"couldn't":1.41,"couldn't care":0.63,"couldn't organise":0.55,"cover for":0.33,"covering":0.72,"covering for":0.72,"credit for":0.55,"crew at":0.57,"crook":0.53,"crook who":0.53,"culture":0.32,"culture was":0.43,"current":1.3,"current boss":0.55,"current employer":0.63,"current job":-0.51,"current lab":-0.37,"current manager":0.79,"current school":-0.34,"current site":0.64,"current team":1.0,"cut":0.75,"cut corners":0.82,"cut every":0.49,"data":-0.35,"day and":0.78,"dear":-0.84,"dear mr":-0.41,"dear ms":-0.41,"delighted":-0.32,"delighted to":-0.3,"department":0.4,"department is":0.56,"depot treats":0.31,"desperate":0.79,"desperate to":0.86,"did":-0.31,"director":0.57,"director your":0.59,"dirt":0.84,"dirt so":0.43,"dishonest":0.49,"do":-0.35,"does":0.4,"doing":0.38,"don't":0.53,"don't know":0.43,"don't pay":0.4,"done":0.54,"down on":0.5,"dr":-0.38,"drinks":-0.34,"drivers":0.36,"drivers like":0.42,"employer":1.72,"employer has":0.59,"employer treated":0.69,"employer you":0.64,"every corner":0.49,"everyone":0.51,"everyone knows":0.56,"everyone was":-0.31,"everyone your":0.44,"everything our":0.55,"everywhere":0.53,"example":-0.55,"eze":-0.35,"faithfully":-0.3,"favourites":0.47,"favourites your":0.47,"felt":0.4,"felt like":0.45,"firm was":0.52,"fixed":0.5,"fixed a":0.5,"foods":0.44,"foods because":0.49,"for everything":0.36,"for him":0.33,"for profit":0.48,"for them":0.48,"for treated":0.42,"for treats":0.74,"for which":0.32,"four years":0.47,"frankly":0.58,"frankly the":0.58,"fresh":0.44,"fresh air":0.47,"friendly":-0.31,"from top":0.51,"garbage":0.39,"garbage code":0.39,"get away":0.64,"get nothing":0.89,"get through":-0.34,"gm":0.47,"gm who":0.47,"going and":0.49,"good":-0.59,"gossip":0.89,"gossip all":0.89,"got":-0.36,"grace":-0.43,"grateful":-0.36,"great":-0.46,"had awful":0.42,"half the":0.41,"handled":-0.5,"handled complaints":-0.34,"hannah":-0.48,"has":0.33,"has no":1.04,"has zero":0.54,"haulage":0.41,"haulage never":0.5,"have":-0.44,"head":1.34,"head has":0.45,"head never":0.42,"head of":0.53,"heard":-0.3,"her":0.31,"hi":-1.05,"highlight":-0.38,"home":-0.35,"honestly":1.09,"honestly my":0.95,"honestly the":0.75,"hope":-0.46,"hope right":-0.32,"how the":-0.38,"i can't":0.4,"i handled":-0.5,"i have":-0.37,"i know":-0.33,"i only":0.49,"i ran":-0.41,"i taught":0.42,"i temp":0.74,"i walked":0.31,"i was":-0.3,"i work":1.22,"i worked":0.4,"i'd":-0.41,"i'll":-0.33,"i'm afraid":-0.37,"i'm applying":0.63,"i'm at":0.67,"i'm desperate":0.82,"i'm grateful":-0.36,"i'm keen":0.59,"i'm sick":0.49,"i'm tired":0.58,"i'm with":0.49,"i've":-0.79,"idea":0.73,"idea about":0.45,"idea how":0.49,"if":-0.34,"in":-0.35,"in march":-0.39,"incompetent":1.11,"incompetent and":0.49,"incompetent which":0.63,"interstate":0.5,"interstate so":0.5,"into":-0.37,"into a":-0.36,"is a":1.12,"is badly":0.67,"is closing":-0.39,"is completely":0.51,"is incompetent":0.63,"is very":0.42,"is why":0.94,"it broke":0.5,"it was":-0.34,"it's":-0.33,"its":0.83,"its drivers":0.42,"its workers":0.74,"job":-0.36,"job because":-0.44,"job the":0.53,"joke":0.39,"joke nobody":0.39,"keen for":0.54,"kids":0.5,"kind":-0.51,"kind regards":-0.43,"knew":0.38,"knew what":0.39,"know any":0.46,"knows":0.56,"knows it":0.56,"lab":-0.38,"laging":0.34,"laging sumisigaw":0.34,"last company":0.36,"last employer":0.78,"last job":0.35,"last school":0.39,"lazy":1.21,"lazy and":0.99,"lead is":0.63,"leadership":0.95,"leadership and":0.42,"leadership skills":0.54,"learned":-0.57,"learned there":-0.34,"learned to":-0.34,"leave":0.59,"leaving my":-0.39,"left":0.42,"left the":0.33,"left zenith":0.49,"less":0.62,"less about":0.63,"licence":-0.31,"like a":0.35,"like dirt":0.84,"like numbers":0.57,"like servants":0.48,"listen":0.38,"lives":0.43,"lot i'm":0.49,"made":-0.35,"management":1.82,"management at":0.39,"management was":0.49,"management where":0.75,"manager":0.67,"manager has":0.31,"manager is":0.51,"managers":0.56,"managers are":0.62,"marcus":-0.36,"me how":-0.35,"mess":-0.37,"midwest":0.41,"midwest haulage":0.41,"modern":0.46,"modern tools":0.46,"morning":-0.44,"morning rush":-0.34,"move":-0.33,"mr":-0.49,"mrs":-0.36,"ms":-0.57,"much":-0.31,"my application":-0.32,"my boss":0.77,"my colleagues":0.89,"my current":1.44,"my department":0.56,"my last":0.32,"my old":1.23,"my only":-0.32,"my present":0.9,"my presentation":-0.37,"my previous":0.33,"my references":-0.44,"my school":0.63,"my store":0.39,"my supervisor":1.79,"my team":0.6,"na laging":0.34,"never":0.93,"never backed":0.42,"never fixed":0.5,"never pull":0.33,"new starters":0.76,"nightmare":1.16,"nightmare to":0.94,"no idea":1.04,"nobody":0.69,"nobody there":0.78,"not":-0.46,"note":-0.41,"nothing":0.56,"nothing done":0.89,"now":1.2,"now are":0.33,"now cut":0.49,"now don't":0.4,"now is":0.67,"now the":0.62,"numbers":0.53,"nurses":0.66,"of 0":-0.39,"of a":0.43,"of carrying":0.35,"of covering":0.72,"of fresh":0.47,"of touch":0.62,"of us":0.33,"old":0.89,"old boss":0.57,"old company":0.51,"on hygiene":0.3,"on time":0.4,"one":-0.56,"only":0.44,"only care":0.48,"only hope":-0.32,"only left":0.49,"organise":0.55,"organise a":0.55,"our team":0.55,"out of":0.48,"own":-0.32,"owner":0.74,"owner at":0.32,"owner was":0.51,"owners":1.15,"owners of":0.69,"owners only":0.48,"pay on":0.39,"people":0.58,"people i":0.33,"people on":0.35,"place felt":0.47,"played":0.47,"played favourites":0.47,"please":-0.38,"po":-0.31,"post":-0.31,"present":0.83,"present company":0.78,"presentation":-0.37,"presentation was":-0.37,"pressure":-0.34,"previous":0.32,"previous employer":0.35,"previous firm":0.52,"previous store":-0.34,"priya":-0.45,"profit":0.48,"profit and":0.48,"programme":0.5,"programme really":0.52,"pull":0.32,"pull their":0.33,"ran":-0.4,"ran a":-0.37,"reading":-0.34,"really":-0.35,"really appealed":0.52,"references":-0.44,"refreshing":0.36,"regards":-0.94,"relief":1.01,"respectfully":-0.37,"restaurant":0.4,"restaurant i":0.4,"right":-0.34,"right now":-0.32,"rn":-0.34,"room":-0.37,"rota":0.43,"rota to":0.55,"run":0.98,"run a":0.38,"run and":0.65,"run from":0.51,"rush":-0.46,"rush of":-0.37,"save":0.64,"save their":0.65,"school":0.76,"school couldn't":0.63,"school i'm":0.45,"see why":0.48,"seem":0.59,"seem to":0.59,"seemed to":0.38,"seniors":0.46,"seniors there":0.46,"servants":0.48,"shambles":1.25,"shambles so":0.52,"ships":0.39,"ships garbage":0.39,"shout":0.4,"shout at":0.4,"shouts":0.44,"shouts at":0.44,"sick":0.49,"sick of":0.49,"similar":-0.5,"similar changeover":-0.37,"since":-0.38,"sincerely":-0.84,"site is":-0.39,"skills":0.47,"skills so":0.54,"so friendly":-0.31,"so i'm":0.65,"so you":0.48,"so your":0.94,"staff":0.5,"staff like":0.9,"starters":0.76,"stay":-0.33,"stay calm":-0.34,"still":-0.41,"store and":-0.34,"store couldn't":0.39,"structured":0.52,"structured training":0.52,"style":0.44,"style was":0.44,"sumisigaw":0.34,"sumisigaw you":0.34,"supervisor":1.65,"supervisor at":0.56,"supervisor constantly":0.95,"supervisor there":0.33,"supportive":-0.32,"take":-0.34,"takes":0.46,"takes credit":0.55,"taught at":0.42,"taught me":-0.42,"teachers":0.63,"teachers at":0.63,"teaching":0.39,"team are":0.35,"team at":-0.33,"team does":0.55,"team lead":0.58,"team ships":0.39,"team's":0.56,"team's approach":0.59,"temp":0.74,"temp for":0.74,"terribly":0.7,"tests":0.39,"thanks":-0.56,"thanks again":-0.34,"the agency":0.74,"the company":-0.35,"the head":1.4,"the interstate":0.5,"the kids":0.57,"the last":0.63,"the lot":0.49,"the management":0.75,"the managers":0.62,"the new":0.46,"the owner":0.76,"the owners":1.15,"the people":0.66,"the restaurant":0.4,"the school":0.36,"the seniors":0.46,"the site":-0.46,"the teachers":0.63,"the team":-0.48,"the toxic":0.64,"their":1.02,"their lives":0.65,"their management":0.49,"their weight":0.33,"them":0.61,"there":0.33,"there cares":0.39,"there don't":0.46,"there knew":0.39,"there was":0.3,"they were":0.39,"this":-0.47,"through":-0.36,"through a":-0.36,"tired":0.58,"tired of":0.58,"to bottom":0.51,"to cover":0.33,"to leave":0.74,"to listen":0.38,"to me":0.33,"to my":-0.32,"to run":0.49,"to save":0.81,"to value":0.52,"tools":0.32,"top":0.46,"top to":0.51,"toxic":0.64,"toxic crew":0.64,"training programme":0.52,"treat":0.33,"treat staff":0.48,"treated":1.09,"treated its":0.42,"treated staff":0.43,"treats":1.03,"treats its":0.74,"treats us":0.31,"truck":0.39,"truck until":0.5,"twice":-0.31,"two":-0.41,"under a":0.56,"under pressure":-0.34,"unlike":1.27,"unlike my":1.31,"until it":0.5,"us":1.24,"us like":0.57,"us to":0.33,"us up":0.42,"useless":0.51,"useless so":0.51,"value":0.51,"value your":0.52,"very backward":0.46,"very calm":0.34,"wait to":0.39,"walked out":0.32,"walsh":-0.33,"warm":-0.36,"warm regards":-0.31,"warmly":-0.39,"was a":0.44,"was badly":0.51,"was incompetent":0.49,"was lazy":0.33,"was refreshing":0.43,"was so":-0.34,"we":-0.42,"week":-0.49,"weeks":-0.34,"weight":0.33,"well":-0.42,"were brilliant":-0.34,"were cheapskates":0.3,"were doing":0.39,"were very":0.34,"what they":0.39,"where i":1.0,"which is":0.65,"who":0.62,"who cut":0.82,"who played":0.47,"who shouts":0.44,"why":1.08,"why i":0.32,"why i'm":1.11,"wishes":-0.37,"with now":0.81,"with the":-0.31,"work for":0.73,"work now":0.62,"worked":0.35,"worked for":0.4,"workers":0.96,"workers terribly":0.74,"year":-0.49,"years":0.32,"years of":0.52,"years under":0.59,"you actually":0.9,"you are":-0.36,"you can":0.48,"you were":0.34,"your calm":0.44,"your culture":0.43,"your nurses":0.52,"your place":0.47,"your structured":0.52,"your team's":0.59,"yours":-0.62,"yours faithfully":-0.3,"zenith":0.48,"zenith foods":0.49,"zero":0.5,"zero leadership":0.54}},{"flag":"pay-perks","code":"AV505","bias":-6.0346,"weights":{"0 0":-0.65,"0 a":0.62,"13th":0.41,"13th month":0.46,"401k":0.6,"401k match":0.6,"<q>":3.08,"a bonus":0.9,"a company":0.54,"a decision":-0.31,"a gym":0.49,"a half":0.54,"a little":0.43,"a month":0.64,"a no":-0.45,"a raise":0.45,"a relocation":0.68,"a sign":0.33,"a signing":0.34,"a week":0.33,"a yes":-0.46,"able":0.47,"able to":0.47,"after":0.39,"after 0":0.44,"after probation":0.45,"after tax":0.31,"afternoon":-0.45,"again":-0.34,"aisha":-0.32,"all":-0.41,"allowance":1.5,"allowance if":0.43,"also":2.1,"also appreciate":0.37,"also confirm":0.31,"also hoping":0.57,"also inform":0.52,"an":-0.35,"and a":1.15,"and at":0.3,"and bonuses":0.35,"and do":0.44,"and gratuity":0.52,"and health":0.93,"and if":0.31,"and is":0.39,"and may":0.36,"and rice":0.46,"and study":0.44,"and whether":1.21,"ang":0.36,"ang sahod":0.36,"annual":0.9,"annual leave":0.69,"any flexibility":0.43,"any news":-0.45,"any room":0.44,"any update":-0.64,"any van":0.38,"anything":-0.5,"anything else":-0.35,"appreciate knowing":0.37,"are":0.73,"are included":0.46,"are mileage":0.3,"are paid":0.49,"are pay":0.35,"as well":0.35,"ask":0.59,"ask about":0.93,"at least":0.59,"at time":0.54,"at what":0.3,"attached":-0.45,"ba":0.36,"band":0.44,"band this":0.49,"be able":0.47,"be any":0.44,"be at":0.45,"be for":0.55,"be given":0.52,"be meeting":-0.4,"be part":-0.32,"be possible":-0.38,"been":-0.45,"before":-0.5,"before going":0.7,"before i":-0.45,"before you":-0.54,"begins":-0.44,"begins on":-0.44,"best":-0.84,"best wishes":-0.33,"biweekly":0.44,"biweekly paychecks":0.44,"bonus":1.63,"bonus at":0.41,"bonus for":0.48,"bonuses":0.35,"bonuses given":0.35,"by":-0.47,"call duty":0.54,"can i":-0.39,"can you":0.73,"car":0.88,"care":-0.31,"check how":0.49,"cheers":-0.78,"com":-0.47,"comes":1.36,"comes with":1.5,"company":0.47,"company car":0.74,"could i":0.7,"cover":0.41,"cover my":0.44,"covers":0.34,"covers my":0.39,"ctc":0.72,"ctc and":0.52,"cut":-0.3,"date":-0.43,"date in":-0.44,"day one":-0.42,"day rate":0.38,"days":0.85,"days a":0.43,"days of":0.63,"dear":-0.84,"dear mr":-0.41,"dear ms":-0.41,"decide":-0.57,"decision":-0.41,"details":0.57,"details of":0.6,"did":-0.43,"discounted":0.33,"discounted rooms":0.33,"do":0.64,"do staff":0.85,"do weekly":0.44,"do yous":0.44,"does":1.31,"does the":1.34,"don't":-0.37,"dr":-0.35,"duty":0.54,"duty allowance":0.54,"else":-0.38,"end of":0.33,"equity":0.83,"equity part":0.89,"exam":0.41,"exam fees":0.44,"example":-0.37,"example com":-0.32,"expect in":0.7,"expect to":-0.48,"expenses":0.3,"expenses reimbursed":0.3,"extra":0.49,"eze":-0.35,"faithfully":-0.3,"family":0.62,"family and":0.49,"fees":0.44,"fees and":0.44,"firm":0.34,"firm cover":0.44,"first pay":0.61,"flat":0.4,"flexibility":0.43,"flexibility on":0.43,"for home":0.3,"for night":0.45,"for nurses":0.4,"for staff":0.43,"for this":0.83,"free":1.17,"free meal":0.36,"free meals":0.56,"free mooring":0.49,"friday":-0.3,"fridays":0.55,"from home":0.99,"from sydney":0.43,"further":0.59,"further i'd":0.7,"get":1.33,"get a":0.7,"get discounted":0.33,"get free":0.56,"give":-0.47,"give me":-0.46,"given":0.59,"going further":0.7,"going through":-0.32,"good":-0.52,"got a":0.44,"got it":-0.33,"grace":-0.42,"gratuity":0.52,"gratuity will":0.52,"guys":0.41,"guys do":0.44,"gym":0.69,"gym membership":0.69,"half":0.37,"hannah":-0.47,"has":-0.42,"has the":-0.31,"have":-0.57,"have you":-0.32,"health":0.65,"health insurance":1.31,"health plan":0.59,"healthcare":0.35,"hi":-1.04,"holiday":0.66,"holiday the":0.49,"home":1.35,"home after":0.31,"home on":0.57,"home three":0.43,"home visits":0.3,"honestly":-0.32,"hope":-0.37,"hoping":0.33,"hoping to":0.43,"hotels":0.33,"hourly":1.18,"hourly pay":0.44,"hourly rate":0.48,"hourly wage":0.44,"hours or":0.44,"how":0.36,"how many":0.88,"how much":1.1,"how often":0.35,"i be":0.57,"i can":-0.32,"i get":0.87,"i got":-0.41,"i have":-0.36,"i know":-0.42,"i move":0.43,"i sign":-0.44,"i wanted":0.47,"i'd also":0.61,"i'd be":-0.32,"i'd land":0.57,"i'd like":0.76,"i'd love":-0.33,"i'd want":0.7,"i'll":-0.61,"i'll be":-0.43,"i'm":-0.55,"i'm going":-0.32,"i've":-0.39,"i've got":0.4,"idea":-0.48,"in the":-0.35,"in this":0.69,"include":1.06,"include health":0.49,"include private":0.35,"included":0.44,"indication":-0.32,"indication today":-0.32,"inform":0.51,"inform me":0.52,"insurance":1.31,"insurance begins":-0.44,"insurance covers":0.39,"insurance for":0.49,"is a":-0.36,"is mine":-0.5,"is overtime":0.84,"is the":0.88,"is there":0.91,"it":-0.33,"it a":-0.39,"it be":-0.38,"it flat":0.44,"it's":-0.32,"its":-0.34,"job is":-0.5,"join":-0.34,"join the":-0.32,"kind of":0.36,"kind regards":-0.52,"kindly also":0.72,"know how":0.64,"know the":0.34,"know what":-0.44,"know yet":-0.36,"knowing":0.37,"knowing when":0.37,"land":0.57,"land on":0.57,"last":-0.41,"least":0.56,"least r45":0.7,"leave":1.24,"leave comes":0.52,"let":-0.33,"like and":0.38,"like to":0.32,"little":0.4,"little tinny":0.49,"longer":-0.58,"longer before":-0.54,"looking like":0.38,"love":-0.36,"love to":-0.35,"made":-0.33,"make":-0.4,"many":0.58,"many days":0.65,"marcus":-0.36,"master's":0.57,"match":0.58,"may free":0.36,"me about":0.32,"me some":-0.32,"me what":0.76,"me which":0.44,"me who":-0.4,"meal":0.36,"meal po":0.36,"meals":0.56,"meals on":0.56,"meeting":-0.32,"meeting at":-0.4,"membership":0.69,"mileage":0.3,"mileage expenses":0.3,"mine":-0.49,"month":0.57,"month pay":0.46,"mooring":0.49,"mooring for":0.49,"morning":-0.32,"move up":0.43,"mr":-0.5,"mrs":-0.36,"ms":-0.57,"much annual":0.52,"much is":0.54,"much longer":-0.55,"much po":0.35,"my exam":0.44,"my family":0.67,"my master's":0.57,"my parents":0.39,"need":-0.34,"negotiable":0.89,"negotiate":0.44,"negotiate the":0.44,"news":-0.45,"news on":-0.45,"next":-0.55,"next steps":-0.33,"night shifts":0.44,"nights":0.31,"nights are":0.49,"no":-0.63,"not":-0.54,"now":-0.56,"nurses who":0.4,"of holiday":0.73,"of salary":0.7,"of when":-0.31,"of whether":-0.35,"offer and":-0.41,"offer negotiable":0.89,"often":0.31,"often are":0.35,"on and":0.49,"on bonus":0.4,"on day":-0.44,"on fridays":0.55,"on shift":0.56,"on the":-0.31,"on working":0.43,"one":-0.51,"or biweekly":0.44,"or is":0.44,"or not":-0.46,"our":-0.42,"out where":0.57,"out whether":-0.33,"over":-0.3,"overtime":1.03,"overtime after":0.44,"overtime allowance":0.31,"overtime paid":0.54,"package":0.92,"package to":0.7,"paid":1.19,"paid at":0.54,"paid extra":0.49,"panel":-0.4,"parents":0.39,"parents as":0.39,"pay":2.15,"pay and":0.89,"pay be":0.45,"pay overtime":0.44,"pay review":0.61,"pay reviews":0.35,"paychecks":0.44,"pension":0.86,"pension and":0.93,"per day":0.36,"pf":0.52,"pf and":0.52,"plan and":0.57,"please also":0.31,"please how":0.54,"po ang":0.36,"po ba":0.36,"position":0.78,"position include":0.82,"possible":-0.39,"possible to":-0.38,"post would":0.49,"private":0.35,"private healthcare":0.35,"priya":-0.49,"probation":0.45,"process":-0.32,"r45":0.7,"r45 0":0.7,"raise":0.45,"raise after":0.45,"rate":1.09,"rate is":0.48,"rate looking":0.38,"really":-0.5,"regards":-0.98,"reimbursed":0.3,"reimbursed for":0.3,"relocation":0.68,"relocation allowance":0.43,"respectfully":-0.36,"review":0.56,"review would":0.37,"reviews":0.34,"reviews and":0.35,"rice":0.46,"rice subsidy":0.46,"rn":-0.33,"role comes":1.01,"room to":0.44,"rooms":0.33,"rooms at":0.33,"rough":-0.35,"sahod":0.36,"sahod per":0.36,"salary":1.61,"salary could":0.7,"salary for":0.58,"salary schedule":0.57,"say":-0.32,"schedule":0.53,"schedule with":0.57,"second":-0.67,"second interview":-0.4,"send":0.36,"send me":0.6,"share":0.48,"share whether":0.39,"shifts":0.43,"sign could":-0.44,"sign on":0.4,"signing":0.34,"signing bonus":0.34,"sincerely":-0.82,"sister hotels":0.33,"so":-0.44,"some":-0.32,"some indication":-0.32,"soon":-0.41,"staff":0.77,"staff get":1.09,"staff i've":0.49,"start date":-0.43,"start this":0.4,"starting":0.73,"starting salary":0.59,"steps":-0.33,"still":-0.31,"study":0.36,"study leave":0.44,"subsidy":0.46,"subsidy are":0.46,"sydney":0.43,"take":0.4,"take home":0.31,"take place":0.37,"tax":0.31,"tax and":0.31,"team":-0.36,"team is":-0.39,"tell me":0.38,"than":-0.31,"thanks":-0.62,"thanks again":-0.32,"the 13th":0.46,"the 401k":0.6,"the ctc":0.72,"the details":0.6,"the end":0.35,"the equity":0.89,"the firm":0.42,"the first":0.66,"the health":0.53,"the hourly":1.23,"the new":-0.3,"the next":-0.37,"the offer":0.68,"the package":0.68,"the panel":-0.46,"the pension":0.93,"the position":0.7,"the process":-0.3,"the role":0.45,"the salary":0.7,"the second":-0.58,"the sister":0.33,"the start":-0.44,"the starting":0.59,"the take":0.31,"the timeline":-0.72,"the written":-0.44,"the year":0.38,"there":0.8,"there a":1.05,"there anything":-0.32,"there be":0.44,"there free":0.49,"there's":0.41,"there's a":0.48,"things":-0.39,"this position":0.72,"this post":0.49,"this role":0.7,"three days":0.43,"through":-0.38,"timeline":-0.7,"tinny":0.49,"to ask":0.87,"to check":0.43,"to get":-0.32,"to join":-0.32,"to know":0.75,"to negotiate":0.44,"today":-0.45,"today of":-0.32,"up from":0.41,"update":-0.66,"update on":-0.65,"van":0.35,"van with":0.38,"visits and":0.3,"wage":0.41,"walsh":-0.32,"want the":0.59,"wanted":0.44,"wanted to":0.5,"warm":-0.32,"warm regards":-0.3,"warmly":-0.38,"was a":-0.37,"was also":0.72,"we":-0.35,"weekly or":0.44,"what":0.5,"what kind":0.7,"what rate":0.3,"what the":0.48,"what would":0.45,"what's":0.93,"what's the":0.95,"whats":0.44,"whats the":0.44,"when":-0.32,"when can":-0.33,"where i'd":0.57,"whether":0.47,"whether i":-0.34,"whether i'm":-0.44,"whether nights":0.49,"whether pf":0.52,"whether there's":0.46,"which band":0.49,"who i'll":-0.4,"who start":0.4,"will":-0.42,"wishes":-0.38,"with a":0.33,"with my":0.5,"work from":0.57,"working from":0.43,"would i":1.48,"would it":-0.38,"would start":0.49,"would take":0.37,"would the":1.35,"would there":0.44,"written":-0.46,"written offer":-0.44,"yes":-0.46,"yes or":-0.46,"yet":-0.89,"yet if":-0.36,"you confirm":-0.39,"you decide":-0.54,"you give":-0.32,"you guys":0.42,"you know":-0.37,"you send":0.6,"you share":0.39,"you tell":0.87,"you're":-0.31,"yours":-0.61,"yours faithfully":-0.3,"yous":0.44,"yous pay":0.44}},{"flag":"self-putdown","code":"AV507","bias":-6.0621,"weights":{"0 0":-0.53,"<q>":-0.54,"a bit":0.55,"a colleague":0.56,"a degree":0.41,"a hash":0.71,"a mess":0.81,"a nervous":0.77,"about budgets":0.8,"about conflict":0.56,"accept":-0.32,"across":0.85,"across as":0.87,"adeyemi":-0.36,"afraid":0.8,"afraid my":0.81,"after":-0.54,"afternoon":-0.36,"again":-0.44,"against me":0.41,"age":0.46,"age i'm":0.46,"aisha":-0.31,"all as":0.64,"all over":0.5,"am not":1.07,"an idiot":0.5,"and it":0.53,"and my":0.39,"answer":-0.3,"answer in":-0.37,"answer on":0.46,"answers":1.71,"answers i":0.62,"answers were":1.12,"any":-0.38,"anything":-0.32,"anyway":0.33,"applicant":0.45,"applicant you":0.45,"applicants":0.42,"area":0.41,"as":0.31,"as quick":0.46,"as the":0.6,"as totally":0.43,"as you":0.48,"at all":0.32,"at interviews":0.64,"attached":-0.48,"aware":1.03,"aware i":0.71,"aware i'm":0.33,"awkward":0.6,"awkward i'm":0.6,"back":-0.42,"bad":0.52,"bad at":0.52,"badly":0.98,"badly in":1.17,"be what":0.42,"because":-0.41,"been":-0.48,"being so":0.53,"best":-0.85,"best wishes":-0.33,"bit":0.4,"bit of":0.81,"blank":0.66,"blank on":0.66,"blanked":1.02,"blanked on":1.02,"budget":0.66,"budget question":0.66,"budgets":0.77,"busy":-0.42,"but":0.83,"but i":0.97,"but i'd":0.6,"by":-0.4,"calculation":0.46,"calculation was":0.46,"came":0.84,"came across":0.87,"can":-0.57,"can't":-0.34,"candidate":0.49,"candidate but":0.52,"care":-0.34,"case":0.63,"case study":0.91,"cheers":-0.76,"colleague":0.56,"com":-0.5,"communication":0.41,"communication was":0.46,"completely blanked":0.54,"computers":0.46,"computers as":0.46,"conflict":0.56,"conflict with":0.56,"counts":0.39,"counts heavily":0.41,"current":-0.35,"cv is":0.42,"day":-0.41,"dear":-0.83,"dear mr":-0.4,"dear ms":-0.4,"degree":0.41,"degree probably":0.41,"did":0.37,"did terribly":0.82,"do justice":0.46,"don't":0.58,"don't interview":0.64,"don't think":0.62,"doubt":0.41,"doubt i'm":0.46,"down":0.57,"down badly":1.17,"dr":-0.34,"drug":0.42,"drug calculation":0.46,"earlier":-0.43,"email":-0.47,"embarrassing":1.65,"enjoyed":-0.33,"enough":0.62,"enough for":0.62,"even":-0.39,"everyone":-0.34,"example":-0.38,"example com":-0.31,"exercise":0.94,"experience":0.31,"experience will":0.71,"experienced":0.92,"experienced applicant":0.45,"experienced person":0.33,"eze":-0.34,"feel i":0.46,"fluffed":0.8,"fluffed the":0.8,"for being":0.41,"for but":0.46,"for rambling":0.64,"for this":0.48,"forgive":0.62,"forgive me":0.62,"forgot":0.5,"forgot half":0.5,"fumbled":0.56,"fumbled the":0.56,"get it":0.71,"good afternoon":-0.32,"good enough":0.62,"good speaker":0.62,"got the":0.42,"grace":-0.42,"had":-0.32,"half":0.31,"half of":0.5,"hannah":-0.48,"has":-0.37,"hash":0.71,"hash of":0.71,"have looked":0.32,"have talked":0.64,"heard":-0.4,"heavily":0.41,"heavily against":0.41,"hi":-1.03,"honestly":-0.38,"hope":-0.37,"hopeless":0.6,"hopeless in":0.6,"hoping":-0.39,"how":-0.33,"i completely":0.4,"i did":0.95,"i don't":0.96,"i doubt":0.46,"i feel":0.43,"i fluffed":0.8,"i forgot":0.5,"i fumbled":0.56,"i got":0.36,"i have":-0.48,"i know":1.73,"i made":0.7,"i may":0.96,"i must":0.44,"i probably":0.84,"i rambled":0.35,"i realise":1.84,"i totally":0.49,"i wanted":0.47,"i was":0.37,"i work":0.42,"i'll":-0.47,"i'm":0.99,"i'm afraid":0.81,"i'm aware":1.03,"i'm hopeless":0.6,"i'm kicking":0.51,"i'm not":1.41,"i'm probably":1.14,"i'm really":0.9,"i'm sorry":0.42,"i'm sure":0.93,"i'm what":0.46,"i've":-0.44,"idiot":0.5,"if":-0.6,"if i'm":-0.3,"in interviews":0.6,"in linear":-0.37,"in my":-0.41,"in that":0.46,"interview well":0.64,"interviewed":0.33,"interviews":1.02,"is":-0.33,"is rather":0.42,"it over":0.62,"it probably":0.77,"it was":-0.32,"join":-0.31,"just":-0.35,"justice":0.46,"justice to":0.46,"keen":-0.46,"keep":-0.3,"kicking":0.51,"kicking myself":0.51,"kind":-0.48,"kind regards":-0.44,"know":0.43,"know i":1.47,"know my":1.29,"lack":0.41,"lack of":0.41,"last":-0.47,"least experienced":0.33,"let me":0.54,"like an":0.5,"linear":-0.37,"linear time":-0.37,"looked":0.43,"looked like":0.72,"looking":0.39,"looking for":0.76,"madam":0.35,"made a":0.66,"marcus":-0.35,"maths":1.16,"maths let":1.17,"may":0.49,"may have":0.64,"me down":1.17,"me for":0.45,"me know":-0.31,"mess":0.81,"mind":0.51,"mind went":0.66,"more experience":0.71,"most experienced":0.45,"mr":-0.5,"mrs":-0.36,"ms":-0.56,"much i'm":0.64,"must":0.41,"must have":0.5,"my age":0.46,"my answers":1.12,"my communication":0.46,"my current":-0.32,"my earlier":-0.42,"my lack":0.41,"my last":-0.39,"my maths":1.17,"my mind":0.57,"my poor":0.62,"my presentation":0.79,"my previous":-0.3,"myself":1.23,"myself and":0.36,"myself out":0.64,"need":-0.33,"nervous":1.33,"nervous i":0.5,"nervous wreck":0.77,"next":-0.31,"no":-0.33,"not":1.33,"not a":0.56,"not as":0.75,"not be":0.42,"not do":0.46,"not the":1.23,"not to":-0.33,"not very":0.46,"noticed":0.89,"now":-0.44,"numbers":0.41,"numbers wrong":0.51,"of a":1.1,"one":-0.51,"other candidates":0.39,"our":-0.38,"out of":0.49,"over":0.45,"over me":0.71,"over the":0.44,"per":-0.33,"person you":0.33,"play":0.69,"play exercise":0.71,"please":-0.47,"po":-0.44,"poor":1.5,"poor answers":0.62,"poor i":0.46,"poor madam":0.46,"presentation":0.79,"presentation was":0.81,"pretty":0.62,"pretty weak":0.64,"previous":-0.3,"priya":-0.46,"probably":3.38,"probably came":0.62,"probably counts":0.41,"probably not":0.83,"probably noticed":0.64,"probably showed":0.77,"probably the":0.33,"question":1.34,"question about":0.73,"question so":0.66,"question which":0.49,"questions":0.65,"quick with":0.46,"rambled":0.35,"rambled a":0.35,"rambling":0.64,"rambling so":0.64,"rather thin":0.42,"realise":1.84,"realise i":0.64,"realise i'm":0.45,"realise my":0.81,"really bad":0.52,"really good":0.62,"regards":-0.94,"reply":-0.37,"resending":-0.43,"resending my":-0.43,"respectfully":-0.36,"rn":-0.32,"role but":0.62,"role play":0.71,"room":-0.46,"room did":-0.37,"runs":-0.38,"runs in":-0.37,"safety":0.39,"safety question":0.49,"saw":0.39,"say":0.55,"say i":0.5,"say thanks":0.46,"second":-0.31,"sharpest":0.52,"sharpest candidate":0.52,"showed":0.47,"since":-0.37,"sincerely":-0.81,"so all":0.5,"so awkward":0.6,"so embarrassing":0.66,"so nervous":0.5,"someone":0.58,"someone with":0.71,"sorry":1.88,"sorry about":0.43,"sorry for":1.22,"sorry my":0.5,"speaker":0.62,"still":-0.37,"strong":0.46,"strong in":0.46,"study":0.85,"study and":0.51,"study which":0.54,"sure":1.03,"sure i":0.82,"sure someone":0.71,"talked":0.37,"talked myself":0.64,"technical":0.74,"technical questions":0.82,"terribly":0.74,"terribly on":0.82,"test":0.36,"thanks":-0.45,"thanks anyway":0.46,"that area":0.46,"that runs":-0.37,"the budget":0.66,"the case":0.91,"the drug":0.46,"the job":0.38,"the least":0.33,"the numbers":0.49,"the place":0.39,"the question":0.87,"the room":-0.41,"the safety":0.49,"the sharpest":0.52,"the technical":0.74,"the test":0.65,"the younger":0.46,"thin":0.41,"thin and":0.42,"think i'm":0.62,"this":-0.38,"this role":0.44,"three":-0.52,"through":-0.35,"time":-0.35,"time which":-0.37,"to be":-0.35,"to get":-0.31,"to myself":0.46,"to say":0.68,"to try":0.62,"today":-0.34,"totally":0.9,"totally blanked":0.49,"totally unprepared":0.43,"try":0.6,"two":-0.44,"understand":-0.48,"unprepared":0.62,"unprepared sorry":0.43,"very poor":0.46,"very strong":0.46,"walsh":-0.32,"wanted":0.31,"wanted to":0.36,"warm":-0.32,"warm regards":-0.31,"warmly":-0.37,"was embarrassing":1.02,"was poor":0.46,"we":-0.36,"weak":0.64,"weak and":0.35,"week":-0.42,"weeks":-0.32,"well at":0.64,"went":0.46,"went blank":0.66,"were":0.73,"were pretty":0.64,"were so":0.5,"what you're":0.6,"where":-0.35,"which my":-0.37,"which was":1.02,"who":-0.4,"will get":0.71,"wishes":-0.35,"with computers":0.46,"with more":0.71,"with the":-0.37,"work hard":0.52,"wreck":0.77,"wreck and":0.77,"wrong":0.41,"wrong in":0.51,"years":-0.34,"you interviewed":0.33,"you probably":0.64,"you saw":0.45,"you're looking":0.86,"younger":0.46,"younger applicants":0.46,"yours":-0.63}},{"flag":"begging","code":"AV509","bias":-6.1858,"weights":{"0 0":-0.52,"<q>":-0.61,"a chance":0.47,"a no":-0.34,"a shot":0.57,"about this":-0.3,"about where":-0.31,"absolutely anything":0.33,"accept any":0.67,"account i":-0.31,"actually":-0.53,"afford":0.32,"afford to":0.32,"after":-0.45,"afternoon":-0.35,"again":-0.34,"aisha":-0.31,"all":0.7,"all i":1.4,"all this":-0.3,"am begging":0.63,"am desperate":0.87,"an":-0.31,"and my":0.81,"and this":0.48,"and would":0.53,"another no":0.52,"any further":-0.3,"any position":0.67,"any pressure":-0.31,"any wage":0.66,"anything else":-0.33,"appreciate":-0.34,"are":0.59,"are my":1.23,"as":-0.42,"ask":0.56,"assume":-0.37,"at all":0.82,"at home":0.48,"at this":0.67,"attached":-0.4,"awa":0.64,"awa nyo":0.64,"back":-0.31,"be open":-0.3,"be working":0.66,"been at":0.53,"been jobless":0.42,"been turned":0.52,"beg":0.52,"beg you":0.52,"begging":1.42,"begging you":1.42,"benefit":0.4,"benefit of":0.41,"best":-0.81,"best wishes":-0.33,"big":0.53,"big time":0.65,"bills":0.41,"bills piling":0.47,"can":-0.56,"can do":-0.34,"can't":0.61,"can't afford":0.32,"can't take":0.52,"chance":1.09,"chance i":0.56,"chance is":0.53,"chance please":0.32,"cheers":-0.72,"com":-0.45,"consider":0.73,"consider me":0.73,"could":-0.39,"day":-0.34,"dear":-0.79,"dear mr":-0.39,"dear ms":-0.39,"delighted":-0.36,"delighted to":-0.32,"depends":0.63,"depends on":0.63,"desperate":1.38,"desperate at":0.67,"desperate for":0.42,"desperately":0.66,"desperately need":0.66,"detailed":-0.36,"detailed feedback":-0.36,"dispatcher":-0.33,"dispatcher job":-0.33,"do":1.0,"do absolutely":0.33,"do it":-0.33,"do not":0.52,"do whatever":0.71,"dollar":0.65,"dollar i'd":0.65,"dollars":0.48,"dollars and":0.48,"don't":0.67,"don't feel":-0.31,"don't get":0.72,"don't hear":-0.35,"don't know":0.7,"don't pass":0.51,"don't say":0.44,"doubt":0.4,"down":0.84,"down so":0.52,"down to":0.41,"dr":-0.33,"due":0.56,"else to":0.78,"example":-0.35,"example com":-0.31,"eze":-0.32,"family":0.82,"family depends":0.63,"feedback":-0.38,"feel":-0.47,"feel under":-0.31,"few":0.44,"few dollars":0.48,"finished":0.45,"finished school":0.53,"first month":0.31,"for free":0.34,"for two":0.45,"free if":0.34,"friday":-0.33,"from me":-0.51,"from you":-0.3,"further":-0.3,"get this":0.72,"get to":-0.31,"give":1.29,"give me":1.47,"god do":0.52,"good":-0.54,"got":-0.32,"grace":-0.4,"grateful if":0.39,"grateful you":-0.36,"hannah":-0.45,"happy":-0.35,"happy to":-0.34,"has":-0.37,"have been":0.56,"have bills":0.41,"have nowhere":0.78,"hear":-0.35,"help me":0.4,"here":0.42,"here one":0.53,"hi":-0.99,"hire":0.61,"hire me":0.61,"home for":0.46,"honestly":0.56,"honestly don't":0.72,"honestly this":0.44,"hope i":-0.34,"hope right":1.26,"i ask":0.77,"i beg":0.52,"i can":-0.47,"i finished":0.53,"i get":-0.35,"i have":0.56,"i honestly":0.72,"i need":0.41,"i promise":0.61,"i really":0.99,"i think":-0.3,"i want":-0.42,"i will":0.36,"i won't":0.37,"i'd owe":0.65,"i'd take":0.59,"i'll":0.51,"i'll assume":-0.35,"i'll do":1.21,"i'll work":0.31,"i'm begging":0.84,"i'm desperate":0.56,"i'm down":0.48,"i'm grateful":-0.38,"i'm on":1.05,"i'm pleading":1.37,"i'm sure":-0.31,"i've":-0.3,"if that's":0.31,"if you":0.53,"if you'd":0.46,"information":-0.31,"is all":0.77,"is due":0.59,"it takes":1.03,"it well":-0.33,"it's":-0.38,"it's a":-0.33,"job":0.49,"job and":-0.42,"job i":0.64,"job i'll":0.33,"job would":0.91,"jobless":0.42,"jobless since":0.42,"just":0.78,"just desperately":0.66,"just hire":0.71,"just please":0.51,"just wanted":-0.33,"keep":-0.35,"kids":0.58,"kind":-0.46,"kind regards":-0.43,"knees":0.53,"knees here":0.53,"know if":-0.49,"know what":0.62,"last dollar":0.65,"last few":0.48,"left":-0.3,"let me":-0.42,"let this":0.52,"lose":0.32,"lose this":0.32,"ma":0.5,"ma help":0.53,"many times":0.52,"marcus":-0.35,"mate":0.65,"mate i'm":0.65,"me a":0.64,"me by":0.45,"me i":1.17,"me if":-0.31,"me in":-0.33,"me know":-0.36,"me my":0.63,"me over":0.87,"me such":-0.36,"me this":0.85,"month for":0.34,"more":-0.45,"morning":-0.38,"mr":-0.48,"mrs":-0.34,"ms":-0.55,"my account":-0.31,"my family":0.83,"my kids":0.64,"my knees":0.53,"my only":1.26,"my rent":0.59,"na":0.5,"na po":0.57,"name":0.47,"name of":0.51,"need":0.58,"need this":1.48,"need to":0.3,"no please":0.52,"not let":0.52,"not to":0.38,"note":-0.33,"now":0.5,"nowhere":0.78,"nowhere else":0.78,"nyo":0.64,"nyo na":0.64,"of god":0.52,"on it":0.63,"on my":0.42,"one":0.34,"one chance":1.06,"only":0.98,"only hope":1.26,"opportunity":0.41,"opportunity pass":0.52,"or":-0.45,"our":-0.38,"over":0.35,"over this":0.42,"owe":0.65,"owe you":0.65,"parang":0.64,"parang awa":0.64,"pass":1.09,"pass me":1.42,"pick":0.81,"pick me":0.92,"piling":0.47,"piling up":0.47,"pleading":1.46,"pleading with":1.46,"please":1.42,"please don't":0.65,"please give":0.61,"please i":0.68,"please let":-0.36,"please ma":0.53,"please pick":0.92,"please please":0.61,"pls":0.42,"pls sir":0.42,"po i":0.64,"point":0.51,"point and":0.67,"position at":0.51,"pressure":-0.31,"pressure on":-0.31,"priya":-0.44,"promise":0.61,"promise you":0.61,"really am":0.46,"really can't":0.83,"really hope":-0.3,"really need":0.79,"really really":0.47,"references":-0.55,"regards":-0.9,"regret":0.61,"regret it":0.61,"rent":0.59,"rent is":0.59,"reply":-0.31,"respectfully":-0.34,"right":1.06,"right now":1.26,"rn":-0.31,"role i":0.64,"save":0.82,"save me":0.91,"say no":0.44,"shot":0.81,"since 0":0.42,"since i":0.48,"sincerely":-0.79,"sir i":0.46,"so many":0.52,"so very":0.46,"stand":-0.33,"start":-0.34,"such":-0.38,"such detailed":-0.36,"summer":-0.33,"sure":-0.37,"take":0.42,"take another":0.52,"take any":0.66,"takes":0.9,"takes if":0.71,"takes just":0.34,"tell":-0.41,"tell me":-0.42,"thanks":-0.59,"thanks for":-0.34,"that's what":0.34,"the benefit":0.41,"the doubt":0.41,"the name":0.47,"the time":-0.3,"things":-0.54,"things stand":-0.31,"think":-0.35,"think i":-0.31,"this":0.67,"this chance":0.42,"this dispatcher":-0.33,"this job":1.8,"this opportunity":0.58,"this point":0.67,"this role":0.46,"this summer":-0.31,"this week":-0.46,"this work":0.64,"time if":0.65,"time to":-0.33,"times":0.38,"times that":0.52,"to accept":-0.3,"to consider":0.63,"to give":0.56,"to lose":0.32,"to pass":0.42,"to turn":0.78,"to work":-0.47,"took me":0.59,"took the":-0.36,"turn":0.78,"turn and":0.59,"turned":0.38,"turned down":0.52,"two years":0.41,"under":-0.34,"under any":-0.31,"very grateful":0.46,"wage":0.64,"wage at":0.66,"walsh":-0.31,"want":-0.54,"want this":-0.54,"wanted":-0.36,"wanted to":-0.34,"warm":-0.31,"warm regards":-0.3,"warmly":-0.36,"week":-0.4,"well":-0.64,"what i'll":0.72,"what it":0.34,"whatever":0.55,"whatever it":0.69,"where":-0.35,"where things":-0.31,"whether":-0.32,"will do":0.71,"wishes":-0.34,"with you":0.77,"won't":0.96,"won't regret":0.61,"work for":0.58,"work the":0.33,"work with":-0.38,"working":0.38,"would accept":0.67,"would save":0.91,"years since":0.53,"you all":-0.32,"you are":1.01,"you big":0.65,"you in":0.45,"you just":0.89,"you need":-0.71,"you not":0.42,"you please":0.51,"you to":1.27,"you won't":0.61,"you'd":0.45,"you'd give":0.46,"you're":-0.36,"yours":-0.59}}]};
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
