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
  var SENTENCE_MODEL = {"min_score":-0.4055,"categories":[{"flag":"pressure","code":"AV501","bias":-6.0474,"weights":{"0 0":-0.59,"0 hours":0.78,"30th":0.35,"30th but":-0.3,"<q>":2.41,"a company":-0.33,"a decision":0.45,"a firm":0.37,"a lovely":-0.3,"a no":1.03,"a relocation":-0.35,"a reply":-0.3,"a response":0.58,"a ring":0.7,"a verdict":0.87,"a week":-0.35,"a yes":1.33,"about hiring":0.4,"about me":0.77,"accept elsewhere":0.35,"actually":-0.33,"after":-0.4,"after i":0.62,"afternoon":-0.37,"again as":0.63,"aisha":-0.32,"all":-0.48,"allowance":-0.56,"along":0.68,"along i":0.48,"also":-0.31,"am":-0.31,"an":0.52,"an answer":0.64,"an eye":0.46,"an offer":-0.47,"an update":0.45,"and accept":0.35,"and i":-0.38,"and revert":0.57,"and tell":0.79,"and whether":-0.32,"another company":0.54,"answer":1.82,"answer before":0.65,"answer by":0.39,"answer from":0.37,"answer this":0.34,"answer within":0.54,"any":-0.33,"any chance":0.51,"any further":-0.49,"any idea":0.42,"anything about":0.77,"anything else":-0.46,"appreciate":0.37,"appreciate a":1.11,"appreciate it":-0.45,"are you":0.54,"aren't interested":0.35,"around":0.66,"around indefinitely":0.61,"as i":0.94,"as i'd":0.63,"as two":0.51,"asap":0.4,"asap i":0.4,"ask":-0.41,"ask whether":-0.33,"asked":-0.53,"asked for":-0.45,"assessment":-0.46,"assessment will":-0.44,"assume":0.84,"assume you":0.34,"assume you're":0.36,"at all":-0.34,"attached":-0.46,"back":0.52,"back by":0.4,"back from":0.8,"back if":0.34,"back to":-0.38,"be":-0.34,"be at":-0.45,"be calling":0.58,"be grateful":0.39,"be in":0.4,"be meeting":-0.3,"been made":0.48,"been selected":0.74,"been successful":0.73,"before":0.97,"before my":0.64,"before the":0.67,"before you":1.14,"begging":-0.4,"begging you":-0.4,"best":-0.82,"best wishes":-0.35,"bills to":0.48,"bonus":-0.35,"business":0.67,"business whether":0.73,"but can":0.39,"but i'd":-0.3,"by":1.05,"by close":0.73,"by eod":0.42,"by friday":0.91,"by now":0.38,"by tomorrow":0.7,"by wednesday":0.64,"call duty":-0.31,"call your":0.57,"calling":0.58,"calling your":0.58,"can":0.31,"can i":0.74,"can we":0.48,"can't":0.92,"can't keep":0.49,"can't wait":0.41,"candidates":-0.44,"car":-0.54,"case it":-0.4,"case you've":0.72,"chance":-0.3,"chance you":0.51,"change":-0.3,"checking in":0.62,"cheers":-0.79,"close":0.31,"close of":0.73,"com":-0.51,"come":-0.48,"comes":-0.47,"comes with":-0.5,"company car":-0.4,"company is":0.58,"compared":0.72,"compared notes":0.72,"completely":-0.48,"completely understand":-0.34,"confirm":1.17,"confirm by":0.87,"confirm my":1.18,"confirm whether":-0.75,"contract by":-0.46,"contract ends":0.66,"could fast":0.47,"could give":0.41,"could tell":0.51,"could you":-0.66,"couple":0.34,"couple of":0.34,"current contract":0.66,"cut":0.4,"day this":0.35,"days":0.34,"days until":0.34,"dear":-0.84,"dear mr":-0.41,"dear ms":-0.41,"decide":0.79,"decide quickly":0.44,"decided":0.34,"decided to":-0.36,"decision":1.45,"decision has":0.48,"decision is":-0.3,"decision on":0.31,"decision this":0.49,"decision to":0.42,"decision within":0.52,"delighted":-0.45,"delighted to":-0.43,"did":1.11,"did i":1.01,"did the":0.68,"do":-0.65,"do staff":-0.4,"do you":0.42,"does":-0.58,"does the":-0.58,"don't hear":0.87,"down":-0.35,"dr":-0.37,"during":-0.32,"duty":-0.31,"duty allowance":-0.31,"dying":0.42,"dying to":0.42,"earlier":-0.31,"earliest":1.18,"either":0.43,"either way":0.43,"else":-0.64,"elsewhere that":-0.3,"email":-0.3,"end of":0.45,"ends":0.66,"ends on":0.66,"eod":0.42,"eod today":0.42,"every couple":0.34,"every morning":0.58,"example":-0.39,"example com":-0.32,"expect":1.15,"expect a":0.42,"expect an":1.16,"expedite":0.57,"expedite the":0.57,"eye":0.43,"eye on":0.72,"eze":-0.35,"fast":0.96,"fast as":0.51,"fast track":0.47,"faster":-0.33,"faster i":-0.3,"fifth":0.57,"fifth follow":0.64,"final":0.92,"final answer":0.96,"final result":0.42,"find out":0.33,"firm":0.33,"firm answer":0.37,"firms":0.51,"firms want":0.51,"first":-0.35,"flat":-0.31,"for my":-0.36,"for you":0.55,"forward":-0.34,"fourth":0.54,"fourth time":0.54,"free":-0.62,"friday":0.34,"friday at":0.71,"friday i'll":0.4,"friday whether":0.6,"from me":-0.5,"from you":0.68,"further":-0.5,"further information":-0.44,"get an":0.58,"get your":0.82,"give":0.83,"give my":0.36,"give you":0.43,"given how":0.52,"going":0.85,"going i'm":0.42,"going through":0.41,"going to":0.54,"good":-0.65,"got":0.82,"got it":1.0,"got the":0.68,"grace":-0.39,"grateful for":0.45,"had":-0.5,"had an":-0.37,"hannah":-0.51,"has the":1.03,"have a":-0.46,"have decided":-0.36,"have since":-0.33,"have three":0.38,"have to":0.39,"have two":0.44,"have you":1.51,"have your":0.54,"health":-0.31,"hear":0.81,"hear back":1.31,"hear from":-0.4,"hear i've":0.66,"hear something":0.43,"hearing":-0.33,"help me":0.92,"hi":-1.05,"hire":0.38,"hire me":0.38,"hired":0.78,"hired or":0.4,"hiring":0.35,"hiring me":0.4,"hold":0.57,"holding":0.65,"holding off":0.65,"home":-0.44,"honestly":-0.59,"hope":-0.55,"hope to":-0.34,"hoping to":0.39,"hours":0.62,"hours given":0.52,"how soon":0.74,"how well":0.52,"hurry":0.92,"hurry up":0.65,"i am":-0.31,"i can":-0.42,"i can't":1.23,"i completely":-0.36,"i don't":0.51,"i expect":1.33,"i got":0.67,"i have":0.34,"i hear":0.76,"i hope":-0.32,"i left":0.59,"i make":1.01,"i need":1.47,"i really":-0.64,"i stand":1.14,"i thought":-0.35,"i want":-0.31,"i wanted":-0.34,"i was":-0.47,"i will":0.49,"i'd appreciate":0.66,"i'd ask":-0.3,"i'd expect":0.52,"i'd like":0.49,"i'd much":-0.31,"i'll":0.79,"i'll assume":0.87,"i'll check":0.34,"i'll do":-0.45,"i'll give":0.43,"i'll keep":0.31,"i'll need":0.39,"i'll return":-0.46,"i'm begging":-0.38,"i'm dying":0.42,"i'm going":0.41,"i'm hired":0.39,"i'm holding":0.65,"i'm hoping":0.62,"i'm in":0.43,"i'm probably":-0.34,"i'm through":0.73,"i've got":0.83,"i've had":-0.37,"i've written":0.54,"idea yet":0.42,"if":0.53,"if i":1.32,"if i'm":0.63,"if im":0.4,"if not":-0.7,"if the":0.36,"if there's":-0.44,"if you":-0.34,"im":0.4,"im hired":0.4,"in again":0.63,"in every":0.34,"in my":-0.34,"in touch":-0.34,"include":-0.47,"indefinitely":0.61,"indefinitely for":0.61,"indication":0.41,"indication today":0.41,"information":-0.57,"information or":-0.31,"interest":0.38,"interest to":0.44,"interview":-0.36,"interviewing":-0.36,"interviewing several":-0.39,"interviews":0.49,"interviews this":0.81,"is close":-0.3,"is it":0.44,"is mine":0.91,"is my":0.51,"is ready":0.6,"is there":-0.94,"it a":0.64,"it before":0.66,"it no":-0.45,"it that":0.37,"it went":0.44,"it would":1.19,"it's going":0.42,"it's not":-0.3,"job is":0.91,"job or":0.54,"join":-0.33,"join your":-0.31,"just checking":0.52,"just tell":0.75,"keep an":0.56,"keep in":-0.33,"kind":-0.55,"kind regards":-0.4,"kindly":1.3,"kindly confirm":1.18,"kindly expedite":0.57,"kindly revert":0.42,"know":0.44,"know by":0.92,"know how":-0.37,"know if":0.39,"know roughly":-0.34,"know the":0.33,"know today":0.39,"know what":-0.41,"know where":0.59,"know yet":0.64,"know you're":-0.39,"last":-0.58,"last week":-0.32,"later":0.75,"later than":0.8,"latest":0.71,"leave":-0.52,"leeds":-0.45,"leeds office":-0.44,"left":0.4,"let":-0.66,"let me":-0.43,"let you":-0.31,"life":0.46,"life on":0.49,"longer":1.15,"longer before":1.14,"made":0.38,"made up":0.57,"make":0.48,"make a":-0.44,"make the":1.01,"marcus":-0.39,"may want":0.38,"me after":0.71,"me before":-0.38,"me either":0.54,"me if":1.44,"me in":-0.32,"me know":-0.44,"me out":0.42,"me some":0.41,"me the":0.86,"me this":-0.31,"me today":0.32,"me what":-0.37,"me who":-0.3,"me yet":0.33,"meeting":-0.36,"meeting at":-0.3,"mentioned":-0.45,"messages":-0.36,"might":-0.41,"mind":0.34,"mind by":0.57,"mine":0.9,"misery":0.53,"misery and":0.53,"monday":0.32,"monday i'll":0.35,"monday morning":0.83,"monday to":0.57,"month":-0.68,"more":-0.41,"morning":0.92,"morning to":0.83,"morning until":0.58,"move fast":0.51,"move faster":-0.33,"move quickly":0.38,"mr":-0.46,"mrs":-0.33,"ms":-0.54,"much for":-0.34,"much is":-0.31,"much longer":1.41,"much rather":-0.33,"my answer":-0.48,"my decision":0.42,"my fifth":0.64,"my last":-0.31,"my life":0.49,"my misery":0.53,"my phone":0.45,"my previous":-0.49,"my selection":1.18,"need":1.19,"need a":0.64,"need any":-0.31,"need from":-0.38,"need this":-0.56,"need to":1.51,"need you":0.49,"need your":0.65,"needs":-0.37,"needs a":-0.3,"new":-0.32,"next steps":-0.32,"next two":0.54,"next week":-0.39,"no":0.72,"no before":0.62,"no later":0.8,"no stress":-0.45,"nod":0.41,"nod by":0.41,"not in":0.37,"not possible":-0.32,"not serious":0.4,"notes":0.67,"notes yet":0.72,"nothing":-0.37,"of business":0.73,"of days":0.34,"of whether":0.4,"off":0.62,"off on":0.65,"offer and":-0.42,"offer elsewhere":-0.33,"offer for":0.65,"offer me":0.54,"offering":0.52,"offering me":0.52,"office":0.5,"office every":0.58,"office on":0.57,"office or":-0.44,"on another":0.65,"on hold":0.49,"on monday":0.39,"on my":0.7,"on timing":-0.51,"on whether":1.19,"one":-0.41,"online":-0.43,"or":1.25,"or a":0.49,"or no":0.62,"or not":1.77,"or online":-0.44,"or references":-0.31,"other":1.33,"other candidates":-0.32,"other company":0.42,"other firms":0.51,"other interviews":0.81,"otherwise":0.39,"otherwise i'll":0.39,"our":-0.31,"out of":0.35,"out whether":0.36,"outcome":1.04,"outcome within":0.57,"over":-0.37,"overtime":-0.36,"owner":0.72,"owner say":0.77,"paid":-0.32,"panel":0.33,"panel compared":0.72,"panel reached":0.33,"pasensya":0.39,"pasensya na":0.39,"pay":-0.86,"people":-0.49,"people this":-0.39,"per":-0.37,"phone":1.03,"phone on":0.83,"phone tonight":0.72,"pick":-0.45,"picked":0.65,"picked someone":0.65,"plan around":0.48,"please":0.46,"please confirm":0.6,"please how":-0.31,"please hurry":0.92,"please just":0.54,"please put":0.53,"please reply":0.4,"please sir":0.57,"po but":0.39,"practical":-0.43,"practical assessment":-0.44,"previous":-0.73,"priya":-0.43,"probably":-0.4,"probably not":-0.32,"process and":0.54,"put":0.35,"put me":0.43,"question":-0.4,"quickly":0.92,"rate":-0.4,"rather join":-0.32,"rather than":0.32,"reached":1.05,"reached a":0.87,"reached its":0.33,"ready":0.54,"ready to":0.54,"really help":1.0,"received":-0.49,"received another":-0.31,"reckon":0.41,"reckon you":0.41,"references":-0.54,"regards":-0.91,"relocation":-0.35,"reply":-0.35,"reply asap":0.4,"reply by":-0.44,"resending":-0.4,"respectfully":-0.36,"response":0.43,"response today":0.64,"result":0.42,"result as":0.42,"return":-0.46,"return the":-0.46,"revert":0.98,"revert by":0.42,"revert with":0.57,"ring":0.68,"ring every":0.43,"rn":-0.3,"role comes":-0.35,"role i":-0.33,"role or":0.65,"room":-0.34,"roughly":-0.34,"roughly when":-0.34,"salary":-0.46,"say":0.32,"say anything":0.77,"second":-0.45,"second interview":-0.33,"selected":0.72,"selection":1.18,"selection at":1.18,"send":-0.33,"serious":0.4,"serious about":0.4,"several":-0.39,"several people":-0.39,"share":-0.4,"shift":-0.35,"signed":-0.48,"signed contract":-0.46,"since":-0.37,"since another":0.49,"sincerely":-0.82,"sir i":0.48,"so":0.45,"so did":1.01,"so i":-0.68,"so i'd":0.54,"so it":0.44,"so much":-0.41,"so please":1.39,"so you":0.3,"some":0.4,"some indication":0.41,"someone":0.49,"someone for":0.65,"soon will":0.74,"speed":0.96,"speed things":0.96,"spot":0.47,"spot i":0.49,"staff":-0.52,"staff get":-0.41,"stand":0.4,"stand by":0.52,"stand today":0.63,"start":-0.61,"start on":-0.44,"steps":-0.34,"still":-0.48,"stress":-0.45,"stress if":-0.45,"successful":0.73,"successful yet":0.73,"sure you":0.53,"surely":0.57,"surely you've":0.57,"take":-0.35,"take it":0.35,"team so":-0.31,"tell":0.73,"tell me":0.97,"than":0.68,"than next":0.34,"than wednesday":0.8,"thanks":-0.63,"thanks again":-0.34,"that":-0.31,"that needs":-0.43,"that's alright":0.34,"the 30th":0.35,"the call":-0.43,"the cut":1.01,"the day":0.71,"the decision":0.47,"the earliest":1.18,"the end":0.45,"the final":0.52,"the fourth":0.54,"the job":0.84,"the latest":0.71,"the leeds":-0.44,"the new":-0.34,"the nod":0.41,"the other":0.55,"the outcome":1.04,"the owner":0.74,"the panel":0.44,"the practical":-0.44,"the role":0.31,"the running":0.47,"the second":-0.36,"the signed":-0.46,"the spot":0.49,"the third":0.41,"the weekend":1.14,"there":-0.73,"there any":-0.38,"there anything":-0.43,"there's":-0.64,"there's any":-0.52,"things along":0.75,"things stand":-0.63,"things up":0.49,"third":0.41,"third time":0.43,"this chance":-0.35,"this in":-0.3,"this is":0.92,"this job":-0.42,"this position":-0.38,"this role":-0.73,"this week":2.08,"thought":-0.35,"thought i'd":-0.35,"three other":0.38,"through":0.35,"time i've":0.54,"time this":0.48,"timeline":-0.41,"times":-0.49,"timing":-0.5,"timing i'd":-0.45,"to be":-0.41,"to get":0.65,"to have":0.46,"to hire":0.49,"to keep":-0.34,"to know":1.51,"to let":-0.35,"to make":-0.33,"to move":0.35,"to offer":0.54,"to plan":0.44,"to speed":0.49,"to take":-0.35,"to withdraw":-0.35,"to your":-0.31,"today":1.58,"today if":0.39,"today of":0.41,"today whether":0.34,"today with":0.42,"tomorrow":0.7,"tonight":0.98,"tonight in":0.72,"touch":-0.35,"track the":0.47,"two days":0.54,"two other":0.94,"two times":-0.34,"understand i":0.61,"until":1.02,"until i":1.32,"up":0.48,"up for":0.44,"up in":-0.37,"up on":-0.42,"up so":0.64,"up your":0.57,"verdict":0.87,"verdict on":0.87,"very":-0.31,"wait around":0.61,"want me":0.51,"wanted":-0.41,"wanted to":-0.41,"warm":-0.34,"warm regards":-0.35,"warmly":-0.4,"was":-0.32,"way it's":0.42,"we speed":0.48,"wednesday":0.6,"wednesday otherwise":0.37,"week":0.44,"week as":0.49,"week on":0.48,"week rather":0.34,"week so":0.85,"week until":0.43,"weekend":0.71,"weeks":-0.35,"well it":0.52,"what":-0.59,"what the":-0.33,"whatever":-0.48,"whatever you":-0.3,"when":-0.41,"when can":0.36,"when you":-0.5,"where i":0.71,"where things":-0.63,"whether":1.38,"whether i":0.68,"whether i'm":1.29,"whether i've":0.72,"whether the":-0.66,"whether you're":0.6,"which way":0.42,"who":-0.39,"who i'll":-0.3,"will":0.41,"will be":-0.54,"will call":0.57,"will i":0.74,"will phone":0.83,"wishes":-0.36,"with a":-0.44,"withdraw":-0.35,"withdraw my":-0.35,"within":1.32,"within 0":1.04,"within the":0.54,"working":-0.36,"would i":-0.36,"would need":0.63,"would really":0.93,"would the":-0.43,"written":0.48,"written so":0.54,"year":-0.34,"years":-0.32,"yes":1.22,"yes or":1.33,"yesterday":-0.3,"yet":2.47,"yet if":0.64,"yet which":0.42,"you aren't":0.35,"you by":0.58,"you confirm":-0.49,"you could":1.18,"you decide":0.73,"you expect":-0.48,"you going":0.54,"you may":0.37,"you need":-0.82,"you no":0.8,"you picked":0.65,"you reached":0.87,"you so":0.33,"you tell":-0.64,"you understand":0.61,"you'll need":0.62,"you're interviewing":-0.39,"you're not":0.4,"you're offering":0.6,"you've":1.14,"you've decided":0.72,"you've made":0.57,"your answer":1.16,"your decision":0.71,"your final":0.63,"your interest":0.44,"your mind":0.57,"your office":1.0,"your team":-0.34,"yours":-0.62}},{"flag":"silence-complaint","code":"AV508","bias":-6.1502,"weights":{"0 0":-0.51,"<q>":-0.66,"a bit":1.84,"a black":0.62,"a little":0.81,"a minute":0.44,"a peep":0.37,"a record":-0.39,"a shame":0.77,"a short":0.73,"acknowledgement":0.71,"acknowledgement by":0.71,"admit":0.49,"admit i":0.49,"after":1.09,"after a":0.31,"after four":0.42,"after i":0.33,"after my":0.76,"after the":0.5,"again":-0.41,"aisha":-0.31,"an":0.35,"an acknowledgement":0.71,"an automated":0.46,"and heard":0.45,"and it's":0.44,"and still":0.77,"another":-0.39,"any communication":0.34,"any information":0.48,"anything":0.56,"anything has":0.42,"anything in":0.57,"applicants":0.47,"application":0.65,"application has":0.62,"appreciated given":0.38,"as":-0.43,"assume":-0.31,"at least":1.24,"automated":0.45,"automated reply":0.46,"back":0.85,"back has":0.43,"back to":0.52,"back which":0.45,"be a":-0.39,"be honest":0.4,"be kept":0.65,"be left":0.58,"been":1.7,"been appreciated":0.38,"been checking":0.8,"been courteous":1.01,"been hard":0.71,"been in":0.51,"been pretty":0.48,"been really":0.68,"before":-0.31,"being":0.67,"being kept":0.5,"being left":0.6,"best":-0.8,"best wishes":-0.36,"bit":1.97,"bit gutted":0.51,"bit ignored":0.48,"bit much":0.56,"bit rough":0.37,"black":0.62,"black hole":0.62,"bothered":0.66,"bothered to":0.66,"busy but":0.5,"but being":0.5,"by friday":-0.33,"by monday":0.34,"by now":0.91,"call":-0.31,"calls":0.51,"candidates":1.07,"candidates deserve":0.36,"candidates know":0.55,"candidates waiting":0.34,"checking":0.64,"checking my":0.8,"cheers":-0.79,"com":-0.55,"completely":-0.3,"confidence":0.6,"could spare":0.44,"courteous":1.01,"courteous even":0.45,"courteous to":0.57,"current":-0.58,"dark":0.69,"dark for":0.5,"day and":0.61,"dear":-0.81,"dear mr":-0.41,"dear ms":-0.4,"decency":0.34,"decency to":0.34,"deserve":0.36,"deserve at":0.36,"disappointed":0.56,"disappointed that":0.57,"disappointing":1.37,"disappointing that":0.44,"discouraging":0.65,"discouraging to":0.56,"disheartening":0.5,"disheartening to":0.5,"do":-0.3,"don't":-0.36,"down":0.44,"down by":0.42,"down not":0.46,"dr":-0.36,"drove":0.35,"drove three":0.37,"emailed":0.45,"emailed twice":0.45,"even":0.64,"even a":0.38,"even an":0.46,"even for":-0.39,"even if":0.45,"every day":0.76,"example":-0.36,"example com":-0.32,"eze":-0.35,"fallen":0.62,"fallen into":0.62,"feel":0.99,"feel a":0.44,"feel ignored":0.88,"feeling":0.39,"feeling rather":0.42,"feels":0.86,"feels a":0.43,"feels like":0.47,"felt":0.39,"felt a":0.49,"final":0.44,"final round":0.75,"find it":0.44,"followed":0.44,"followed up":0.44,"for at":0.72,"for hr":-0.39,"for this":0.55,"for weeks":0.5,"forgotten":0.49,"forgotten after":0.49,"friday":-0.4,"from hr":1.12,"get even":0.46,"given the":0.38,"good":-0.61,"got back":0.64,"grace":-0.4,"gutted":0.51,"gutted nobody's":0.51,"hanging":0.6,"hanging after":0.6,"hannah":-0.5,"hard":0.81,"hard on":0.89,"has":1.77,"has been":0.62,"has bothered":0.66,"has fallen":0.62,"has followed":0.44,"has got":0.64,"has had":0.34,"has honestly":0.43,"has left":0.42,"have been":0.6,"have to":0.38,"haven't":0.57,"haven't heard":0.57,"hear by":0.46,"hear nothing":0.48,"heard":0.97,"heard anything":0.57,"heard nothing":0.45,"hearing":0.3,"hearing a":0.37,"hearing anything":0.51,"hearing back":0.43,"hi":-1.02,"hole":0.62,"honest":0.4,"honestly":0.61,"honestly been":0.43,"honestly disappointed":0.57,"hope":-0.36,"hoping":0.51,"hoping for":0.68,"hours for":0.37,"how":-0.31,"hr":0.69,"hr has":0.66,"hr side":0.48,"i drove":0.35,"i feel":0.42,"i felt":0.49,"i find":0.44,"i have":-0.43,"i haven't":0.57,"i put":0.38,"i really":-0.3,"i was":0.94,"i'd hear":0.62,"i'll":-0.58,"i'm a":0.51,"i'm honestly":0.57,"i'm sad":0.36,"i'm starting":0.88,"i'm sure":-0.39,"i've emailed":0.45,"if":-0.37,"if it":0.3,"ignored":1.34,"ignored after":0.88,"ignored tbh":0.48,"in limbo":0.5,"in over":0.57,"information":0.36,"information from":0.48,"interview has":0.6,"is a":0.48,"is disappointing":0.72,"is hard":0.5,"is quite":0.65,"is very":0.46,"it disappointing":0.44,"it feels":0.89,"it is":0.9,"it would":0.41,"it's":1.55,"it's a":0.46,"it's been":0.61,"it's now":0.62,"it's quite":0.5,"job":-0.36,"just":-0.5,"keep candidates":0.34,"kept":1.07,"kept in":0.69,"kept waiting":0.46,"kind":-0.43,"kind regards":-0.42,"knocked":0.6,"knocked my":0.6,"know where":0.37,"last two":0.63,"least":1.19,"least a":0.37,"least an":0.71,"left":1.06,"left hanging":0.6,"left in":0.49,"left me":0.42,"let":0.44,"let candidates":0.55,"let down":0.87,"like my":0.61,"limbo":0.5,"limbo for":0.5,"little":0.76,"little forgotten":0.49,"little let":0.46,"long":1.52,"long without":0.81,"made":-0.32,"marcus":-0.36,"me feeling":0.42,"me since":0.4,"messages":0.46,"minute":0.44,"minute to":0.44,"monday and":0.46,"mr":-0.46,"mrs":-0.34,"ms":-0.53,"much to":0.31,"must be":-0.39,"my application":0.36,"my calls":0.56,"my confidence":0.6,"my current":-0.57,"my phone":0.69,"need":-0.36,"news":0.34,"news at":0.47,"next":-0.35,"nice to":0.34,"no":0.87,"no news":0.69,"no one":0.6,"no rush":-0.42,"no update":0.46,"no word":0.49,"nobody":1.59,"nobody could":0.44,"nobody from":0.66,"nobody has":0.81,"nobody's":0.51,"nobody's been":0.51,"not":0.7,"not hearing":1.28,"not nice":0.34,"not to":0.76,"note":-0.33,"nothing":1.48,"nothing back":0.45,"nothing for":0.48,"notice":-0.33,"now":1.07,"now and":0.45,"now thursday":0.47,"of radio":0.33,"offer":-0.31,"on applicants":0.5,"on me":0.38,"one has":0.6,"only":-0.37,"or":-0.33,"our chat":0.45,"our interview":0.35,"over three":0.57,"painful":0.68,"painful to":0.68,"peep":0.37,"peep after":0.37,"phone":0.59,"phone every":0.8,"please":-0.49,"position":-0.31,"possible":-0.34,"pretty":0.42,"pretty discouraging":0.48,"priya":-0.43,"put into":0.38,"quick reply":0.45,"quite":1.02,"quite disheartening":0.5,"quite upsetting":0.51,"radio":0.33,"radio silence":0.33,"rather":0.3,"rather let":0.42,"read":-0.4,"really knocked":0.6,"really stressful":0.35,"received one":0.36,"record":-0.43,"record even":-0.39,"regards":-0.92,"reply":1.24,"reply and":0.36,"reply would":0.83,"resending":-0.38,"respectfully":-0.36,"rn":-0.3,"rough":0.36,"rough not":0.37,"round really":0.6,"run":-0.33,"rush":-0.42,"sad":0.36,"sad not":0.36,"shame":0.77,"shame nobody":0.77,"short":0.53,"short reply":0.73,"side":0.37,"silence":1.09,"silence is":0.33,"silence since":0.87,"since":0.44,"since our":0.85,"since the":0.8,"sincerely":-0.81,"sir it":0.48,"so long":0.48,"spare":0.36,"spare a":0.44,"starting":0.72,"starting to":0.88,"still nothing":0.8,"stressful":0.35,"sure":-0.47,"sure you've":-0.31,"tbh":0.48,"tbh nobody":0.48,"thanks":-0.57,"that i":0.32,"that no":0.44,"the application":0.35,"the dark":0.69,"the decency":0.34,"the final":0.38,"the interview":0.35,"the silence":0.56,"there":-0.37,"things stand":0.41,"this long":0.89,"three":0.81,"three hours":0.37,"three weeks":1.16,"thursday with":0.47,"time i":0.35,"to admit":0.49,"to be":0.61,"to feel":0.88,"to get":0.42,"to let":0.33,"to me":0.49,"to the":-0.34,"to update":0.77,"to wait":0.45,"to work":-0.31,"told":0.4,"told i'd":0.62,"touch since":0.51,"twice now":0.45,"two messages":0.73,"understand you're":0.5,"up since":0.44,"update":0.78,"update me":0.77,"upsetting":0.66,"upsetting to":0.51,"very painful":0.48,"wait":0.48,"wait so":0.48,"waiting":0.58,"waiting this":0.41,"waiting with":0.46,"want":-0.32,"warm":-0.35,"warm regards":-0.34,"warmly":-0.4,"was hoping":0.72,"was told":0.62,"we":-0.35,"weeks":0.95,"weeks is":0.5,"weeks must":-0.39,"weeks of":0.31,"weeks with":0.45,"well":-0.31,"what":-0.33,"where things":0.41,"whether":-0.32,"which":0.66,"which is":0.95,"whole process":0.33,"wishes":-0.41,"with no":1.53,"with the":-0.3,"without":0.91,"without any":0.86,"word":0.94,"would have":1.37,"wow":-0.39,"wow three":-0.39,"years":-0.36,"yesterday":-0.39,"yet":-0.42,"you're busy":0.5,"you've":-0.4,"yours":-0.62}},{"flag":"passive-aggressive","code":"AV508","bias":-6.1159,"weights":{"0":-0.33,"0 0":-0.6,"0 staff":0.58,"a decision":-0.37,"a polite":0.84,"a quick":-0.41,"a record":0.89,"a response":0.45,"a sign":0.6,"accounts":-0.48,"accounts payable":-0.48,"actually":2.06,"actually gets":0.57,"actually reaches":1.03,"actually read":0.52,"actually received":0.61,"adeyemi":-0.4,"advance":1.09,"advance for":1.09,"after":-0.56,"after my":-0.31,"afternoon":-0.33,"again":0.74,"again for":-0.4,"again i":0.57,"again since":0.59,"again to":0.61,"aisha":-0.32,"all":-0.45,"already":0.55,"already attached":0.64,"am following":0.57,"am still":0.35,"an":-0.4,"answer the":0.61,"any day":0.52,"application":0.54,"application this":0.61,"appreciate":-0.34,"are already":0.64,"are now":-0.38,"as":0.59,"as i":0.85,"as i've":1.24,"as stated":0.96,"assume":0.57,"assume you're":0.45,"at my":-0.37,"at your":0.56,"attaching":0.57,"attaching my":0.57,"availability since":0.46,"available":1.66,"available any":0.76,"available for":0.44,"back":0.65,"back to":0.8,"be a":0.6,"be clear":0.61,"be my":-0.52,"because i":0.52,"been read":0.46,"been too":0.42,"been waiting":0.71,"before i":0.93,"best":-0.81,"best wishes":-0.36,"busy":1.21,"busy since":0.51,"busy so":0.46,"busy to":0.61,"but":0.49,"but here":0.38,"but i'll":0.61,"by":-0.37,"can start":0.55,"care":-0.39,"case":0.75,"case it":0.88,"case it's":0.57,"check":-0.3,"checking you":0.61,"cheers":-0.79,"clarity":0.61,"clear":0.51,"clear i":0.61,"com":-0.59,"com in":-0.35,"communication":0.49,"communication works":0.65,"confusion":0.49,"conversation":-0.32,"course":0.61,"course i've":0.71,"cv":1.21,"cv for":0.57,"cv i":-0.46,"cv in":0.71,"day this":0.45,"dear":-0.81,"dear mr":-0.42,"dear ms":-0.4,"decision":-0.37,"did":0.64,"did answer":0.61,"did mention":0.61,"didn't see":0.3,"disappointing":-0.42,"do":-0.38,"down":-0.31,"dr":-0.36,"during the":0.4,"earlier":1.03,"earlier email":0.52,"earlier emails":0.38,"earlier messages":0.42,"email":1.66,"email because":0.52,"email reached":0.37,"email which":0.3,"email will":0.53,"emails":1.5,"emails i":0.58,"emails reached":0.38,"employer":-0.53,"ended":0.61,"ended up":0.61,"even":0.5,"even for":0.89,"example":-0.35,"example com":-0.31,"experience":-0.47,"experience in":-0.46,"explained":0.77,"explained more":0.67,"extremely":0.46,"extremely busy":0.46,"eze":-0.35,"feel":-0.37,"feel ignored":-0.31,"finally":1.09,"finally getting":1.09,"find":-0.52,"floating":0.62,"floating this":0.62,"folder":0.61,"follow":0.93,"follow up":0.93,"following":1.35,"following up":1.47,"for 0":0.56,"for a":-0.35,"for clarity":0.61,"for finally":1.09,"for hr":0.89,"for now":-0.52,"four":-0.39,"four years":-0.48,"friday":-0.31,"from last":0.74,"gap":0.56,"gap in":0.6,"get":-0.4,"gets":0.55,"gets a":0.57,"getting":0.82,"getting back":1.09,"goes again":0.38,"gone":0.57,"gone missing":0.57,"good":-0.5,"grace":-0.4,"had":-0.39,"hannah":-0.51,"has":-0.74,"has been":-0.54,"have":-0.33,"have four":-0.46,"have vanished":0.61,"heard back":0.52,"here":0.6,"here goes":0.38,"here it":0.37,"hi":-1.04,"hold":-0.32,"honestly":-0.44,"hope this":0.92,"hopefully":1.08,"hopefully this":1.08,"how communication":0.65,"hr":0.67,"i assume":0.8,"i can":0.34,"i did":0.97,"i explained":0.88,"i have":-0.68,"i hope":-0.32,"i know":-0.32,"i mentioned":0.39,"i never":0.52,"i remain":0.48,"i said":0.49,"i sent":0.51,"i will":-0.46,"i'd":-0.38,"i'll":0.72,"i'll keep":0.41,"i'll repeat":0.61,"i'll take":0.84,"i'm available":1.08,"i'm not":-0.37,"i'm resending":0.52,"i'm starting":-0.31,"i'm still":0.76,"i'm sure":0.55,"i've been":-0.4,"i've now":1.24,"i've only":0.69,"i've run":0.58,"if my":0.74,"ignored":-0.34,"ignored after":-0.31,"in accounts":-0.46,"in advance":1.09,"in case":0.96,"in my":0.66,"in writing":0.49,"in your":0.43,"inbox":0.8,"inbox again":0.82,"interview but":0.61,"interview i've":0.66,"is":-0.41,"is once":0.37,"it for":0.6,"it seems":0.65,"it's gone":0.57,"job":-0.48,"joining":-0.31,"just":1.26,"just a":0.4,"just checking":0.38,"just floating":0.62,"just to":0.49,"keen":-0.39,"keep this":0.68,"kind":-0.51,"kind regards":-0.39,"know":-0.32,"last":0.87,"last email":0.66,"last employer":-0.36,"last note":0.38,"last one":0.53,"last time":0.46,"last two":0.92,"last week":0.52,"like i":0.62,"like last":0.46,"linkedin":-0.35,"linkedin com":-0.35,"long":-0.39,"lost":0.9,"lost again":0.71,"made":-0.33,"march":0.3,"marcus":-0.38,"may not":0.36,"mention":0.6,"mention this":0.61,"mentioned":0.54,"mentioned in":0.58,"mentioned twice":0.61,"message":0.35,"message may":0.46,"messages":0.85,"messages ended":0.61,"missing":0.57,"missing again":0.57,"monday":0.69,"monday i":0.84,"more than":0.67,"morning":-0.37,"mr":-0.46,"mrs":-0.34,"ms":-0.54,"must":0.73,"must be":0.89,"my application":0.63,"my cv":1.28,"my earlier":1.12,"my follow":0.74,"my last":0.71,"my phone":-0.34,"my previous":1.34,"my voicemail":0.84,"need":-0.35,"never":0.33,"never heard":0.52,"no confusion":0.49,"no rush":0.57,"not have":0.46,"not sure":0.61,"note for":-0.52,"note i'm":0.51,"note seems":0.4,"note to":-0.38,"note went":0.51,"nothing":-0.33,"now attached":-0.38,"now mentioned":0.61,"now said":0.64,"of course":0.71,"of experience":-0.46,"of how":0.46,"of your":0.62,"old":-0.31,"on monday":1.1,"on our":-0.32,"on whether":-0.32,"once":1.11,"once again":0.48,"once during":0.67,"one":0.61,"one actually":1.58,"only":0.34,"only been":0.71,"our":-0.53,"over":-0.34,"payable":-0.48,"payroll":0.57,"payroll for":0.64,"per":0.65,"per my":0.95,"perhaps":0.61,"perhaps my":0.61,"person":0.44,"person unlike":0.53,"phone in":0.49,"please":-0.54,"po":-0.32,"polite":0.84,"polite reminder":0.84,"portal":-0.35,"portal as":-0.34,"position":-0.35,"previous":1.5,"previous message":0.46,"previous messages":0.61,"previous note":0.51,"priya":-0.43,"quick":-0.45,"quick note":-0.41,"reach":0.38,"reach the":0.53,"reached":0.61,"reached you":0.74,"reaches":0.99,"reaches you":1.03,"read":1.19,"read it":0.52,"really":-0.49,"reattaching":0.71,"reattaching my":0.71,"received":0.34,"received my":0.55,"record":0.68,"record even":0.89,"references are":0.48,"regards":-0.91,"remain":0.47,"remain available":0.74,"reminder":0.8,"reminder that":0.82,"repeat":1.04,"repeat it":0.61,"repeat what":0.49,"resending":1.34,"resending my":0.96,"resending this":0.41,"respectfully":-0.36,"response":0.37,"right":0.4,"right person":0.53,"rn":-0.3,"run":0.32,"run payroll":0.67,"rush":0.44,"rush of":0.7,"said":0.96,"said on":0.49,"said twice":0.64,"say":-0.53,"say my":-0.38,"second round":0.37,"see i'm":0.3,"seems":1.03,"seems my":0.46,"seems to":0.59,"sent":0.51,"sent on":0.51,"short":0.48,"short like":0.46,"sign":0.56,"sign of":0.65,"silence":0.66,"silence as":0.65,"simply":0.42,"simply been":0.42,"since":0.99,"since it":0.65,"since march":0.71,"since my":1.22,"sincerely":-0.81,"so here":0.37,"so i'll":0.46,"so there's":0.49,"someone":0.42,"someone will":0.52,"soon":-0.37,"spam":0.61,"spam folder":0.61,"start on":0.41,"starting":-0.32,"starting to":-0.31,"stated":0.96,"stated twice":0.96,"status":0.57,"status of":0.57,"still":0.46,"still interested":0.58,"still waiting":1.12,"sure":1.04,"sure if":0.74,"sure you're":0.46,"sure you've":0.48,"take":0.33,"take the":0.77,"than once":0.67,"thanks":-0.55,"thanks again":-0.87,"thanks in":1.09,"that i'm":0.79,"the follow":0.51,"the gap":0.57,"the last":0.52,"the phone":0.42,"the portal":-0.34,"the question":0.36,"the right":0.51,"the second":0.36,"the silence":0.77,"the status":0.57,"the top":0.8,"there's":0.37,"there's no":0.49,"this":0.76,"this email":0.53,"this in":0.79,"this is":-0.37,"this job":-0.34,"this one":1.45,"this short":0.68,"this time":1.46,"this to":0.82,"this will":-0.52,"three":0.31,"three weeks":0.65,"time in":0.57,"time so":0.49,"time someone":0.52,"to feel":-0.31,"to have":0.55,"to me":0.69,"to repeat":0.49,"to say":-0.43,"today":-0.37,"too":0.59,"too busy":0.61,"top":0.72,"top of":0.82,"treated":-0.34,"tuesday":-0.34,"twice":1.82,"twice before":0.88,"twice i'm":0.61,"twice my":0.64,"two":0.38,"two emails":0.79,"two times":0.44,"unanswered":0.51,"unlike my":-0.4,"unlike the":0.53,"until":-0.41,"up":0.43,"up again":0.4,"up from":0.72,"up i":0.51,"up in":0.56,"up on":1.44,"vanished":0.61,"very busy":0.49,"voicemail":0.84,"voicemail on":0.84,"waiting":1.34,"waiting on":0.3,"waiting since":0.71,"waiting to":0.84,"warm":-0.35,"warm regards":-0.34,"warmly":-0.4,"was a":-0.38,"was lost":0.71,"we":-0.46,"weeks must":0.89,"well":-0.49,"went unanswered":0.51,"whether":-0.41,"which i":0.3,"will actually":0.52,"will be":-0.51,"will reach":0.53,"will start":-0.36,"wishes":-0.37,"with the":-0.3,"works":0.54,"works at":0.65,"wow":0.89,"wow three":0.89,"writing":0.39,"writing this":0.49,"years":-0.42,"years of":-0.36,"you but":0.38,"you didn't":0.3,"you well":-0.34,"you're":0.58,"you're extremely":0.46,"you're very":0.51,"you've simply":0.42,"your company":0.62,"your inbox":0.82,"your spam":0.61,"yours":-0.64}},{"flag":"badmouth","code":"AV510","bias":-6.032,"weights":{"0":-0.41,"0 0":-0.5,"<q>":-0.61,"a bit":-0.53,"a boss":0.45,"a breath":0.49,"a bully":0.81,"a change":0.52,"a clueless":0.58,"a crook":0.53,"a gm":0.49,"a great":-0.32,"a highlight":-0.54,"a joke":0.36,"a lead":-0.35,"a mess":-0.33,"a nightmare":1.14,"a relief":1.01,"a rota":0.49,"a shambles":1.28,"a similar":-0.35,"a team":0.41,"a truck":0.5,"a unit":0.33,"about teaching":0.44,"about tests":0.39,"accept":-0.33,"actually":0.53,"actually seem":0.64,"actually seemed":0.32,"adeyemi":-0.31,"afraid":-0.33,"afraid my":-0.33,"after four":0.55,"after my":-0.43,"after three":0.46,"after years":0.45,"again":-0.37,"agency":0.98,"agency i":0.98,"air":0.46,"aisha":-0.32,"all day":0.89,"am is":0.77,"an":-0.31,"and dishonest":0.49,"and everyone":0.56,"and get":0.89,"and learned":-0.36,"and left":0.32,"and never":0.42,"and nobody":0.6,"and shout":0.38,"and taught":-0.3,"and treat":0.44,"any modern":0.48,"appealed":0.53,"appealed to":0.53,"application":-0.38,"applying":0.7,"approach":0.56,"approach was":0.58,"are":0.35,"are completely":0.62,"are lazy":0.63,"are my":-0.3,"as":-0.44,"at all":-0.35,"at everyone":0.45,"at had":0.41,"at my":0.71,"at now":1.05,"at staff":0.38,"attached":-0.52,"away from":0.49,"awful":0.41,"awful leadership":0.41,"back":-0.38,"backed":0.41,"backed us":0.41,"backward":0.48,"backward and":0.48,"badly":1.08,"badly run":1.16,"because my":0.31,"because the":-0.42,"because their":0.49,"been":-0.42,"been a":0.51,"been very":-0.35,"belittles":0.95,"belittles the":0.95,"best":-0.87,"best wishes":-0.34,"bit":-0.56,"bit of":-0.33,"boss":2.28,"boss has":0.52,"boss is":0.31,"boss na":0.49,"boss takes":0.53,"boss who":0.45,"boss you":0.32,"bottom":0.48,"breath":0.49,"breath of":0.49,"broke":0.4,"broke down":0.5,"bully":0.81,"bully and":0.81,"by":-0.34,"calm":0.44,"calm style":0.45,"calm under":-0.36,"can see":0.5,"can't wait":0.31,"care":0.54,"care for":0.45,"care less":0.65,"cares":0.36,"cares about":0.39,"change":0.37,"changeover":-0.34,"changeover at":-0.34,"cheapskates":0.32,"cheapskates who":0.32,"cheers":-0.81,"closing":-0.37,"closing in":-0.37,"clueless":0.58,"clueless director":0.58,"co workers":0.46,"code":0.34,"code and":0.39,"colleagues":0.8,"colleagues gossip":0.89,"com":-0.47,"company":0.8,"company is":0.46,"company the":0.45,"company was":0.85,"complaints":-0.39,"complaints at":-0.36,"completely":0.92,"completely out":0.62,"completely useless":0.51,"constantly":0.95,"constantly belittles":0.95,"corner":0.37,"corner going":0.42,"corners":0.84,"corners everywhere":0.53,"corners on":0.32,"couldn't":1.41,"couldn't care":0.65,"couldn't organise":0.49,"couldn't write":0.33,"cover for":0.32,"covering":0.87,"covering for":0.87,"credit for":0.53,"crew at":0.48,"crook":0.53,"crook who":0.53,"culture":0.3,"culture was":0.38,"current":1.34,"current boss":0.53,"current employer":0.72,"current job":-0.48,"current lab":-0.34,"current manager":0.74,"current school":-0.35,"current site":0.54,"current store":0.46,"current team":0.91,"cut":0.73,"cut corners":0.84,"cut every":0.42,"day and":0.8,"dear":-0.84,"dear mr":-0.42,"dear ms":-0.42,"delighted":-0.31,"department":0.43,"department is":0.56,"depot treats":0.33,"desperate":0.76,"desperate to":0.84,"developers":0.33,"developers on":0.33,"director":0.57,"director your":0.58,"dirt":0.8,"dirt so":0.38,"dishonest":0.49,"do":-0.35,"does":0.37,"doing":0.4,"don't":0.51,"don't know":0.45,"don't pay":0.38,"done":0.54,"down on":0.5,"dr":-0.39,"drivers":0.35,"drivers like":0.43,"employer":1.76,"employer has":0.68,"employer treated":0.65,"employer you":0.64,"every corner":0.42,"everyone":0.56,"everyone knows":0.56,"everyone your":0.45,"everything our":0.53,"everywhere":0.53,"example":-0.42,"example com":-0.34,"eze":-0.36,"favourites":0.49,"favourites your":0.49,"felt":0.43,"felt like":0.48,"firm was":0.53,"fixed":0.5,"fixed a":0.5,"foods":0.43,"foods because":0.49,"for everything":0.35,"for him":0.32,"for lazy":0.46,"for profit":0.45,"for them":0.41,"for three":-0.37,"for treated":0.43,"for treats":0.71,"four years":0.49,"frankly":0.64,"frankly the":0.64,"fresh":0.46,"fresh air":0.49,"from the":0.37,"from top":0.49,"garbage":0.39,"garbage code":0.39,"get away":0.54,"get nothing":0.89,"gm":0.49,"gm who":0.49,"going and":0.42,"good":-0.59,"gossip":0.89,"gossip all":0.89,"got":-0.31,"grace":-0.41,"grateful":-0.36,"great":-0.39,"had awful":0.41,"half":0.32,"half the":0.42,"handled":-0.42,"handled complaints":-0.36,"hannah":-0.52,"has":0.35,"has no":1.05,"has zero":0.52,"haulage":0.4,"haulage never":0.5,"have":-0.48,"have looked":-0.3,"head":1.35,"head has":0.48,"head never":0.41,"head of":0.53,"her":0.38,"hi":-1.06,"highlight":-0.54,"home":-0.37,"honestly":1.07,"honestly my":0.94,"honestly the":0.77,"hope":-0.45,"hope right":-0.3,"i can't":0.39,"i handled":-0.4,"i have":-0.45,"i know":-0.45,"i only":0.49,"i ran":-0.39,"i taught":0.41,"i temp":0.71,"i work":1.28,"i worked":0.42,"i'd":-0.4,"i'll":-0.33,"i'm afraid":-0.33,"i'm applying":0.7,"i'm at":0.69,"i'm desperate":0.79,"i'm grateful":-0.35,"i'm keen":0.58,"i'm sick":0.42,"i'm tired":0.67,"i'm with":0.42,"i've":-0.78,"i've been":-0.3,"idea":0.7,"idea about":0.48,"idea how":0.46,"if":-0.33,"in":-0.35,"in march":-0.37,"in your":-0.32,"incompetent":1.17,"incompetent and":0.49,"incompetent which":0.7,"interstate":0.5,"interstate so":0.5,"into":-0.37,"into a":-0.38,"is a":1.13,"is badly":0.69,"is closing":-0.37,"is completely":0.51,"is incompetent":0.7,"is my":-0.32,"is very":0.44,"is why":0.82,"it broke":0.5,"it was":-0.33,"it's":-0.31,"its":0.81,"its drivers":0.43,"its workers":0.71,"job":-0.35,"job because":-0.42,"job the":0.53,"joke":0.36,"joke nobody":0.36,"keen for":0.52,"kids":0.43,"kind":-0.5,"kind regards":-0.41,"knew":0.35,"knew what":0.36,"know any":0.48,"knows":0.56,"knows it":0.56,"lab":-0.36,"laging":0.49,"laging sumisigaw":0.49,"last company":0.33,"last employer":0.77,"last job":0.31,"last school":0.36,"lazy":1.35,"lazy and":0.92,"lazy co":0.46,"lead is":0.7,"lead role":-0.35,"leadership":0.91,"leadership and":0.41,"leadership skills":0.52,"learn":-0.31,"learned":-0.57,"learned there":-0.34,"learned to":-0.36,"leave":0.64,"leave because":0.31,"leaving my":-0.37,"left":0.42,"left the":0.32,"left zenith":0.49,"less":0.63,"less about":0.65,"like a":0.39,"like dirt":0.8,"like numbers":0.59,"like servants":0.45,"listen":0.32,"lives":0.31,"looked":-0.41,"lot i'm":0.42,"management":1.73,"management was":0.49,"management where":0.77,"manager":0.62,"manager is":0.51,"managers":0.56,"managers are":0.62,"marcus":-0.38,"mess":-0.33,"midwest":0.4,"midwest haulage":0.4,"modern":0.48,"modern tools":0.48,"morning":-0.35,"move":-0.32,"move into":-0.35,"mr":-0.48,"mrs":-0.35,"ms":-0.55,"much":-0.3,"my application":-0.41,"my boss":0.82,"my colleagues":0.89,"my current":1.49,"my department":0.56,"my last":0.36,"my move":-0.35,"my old":1.25,"my only":-0.3,"my present":0.92,"my presentation":-0.34,"my references":-0.37,"my school":0.65,"my supervisor":1.78,"my team":0.65,"my week":-0.32,"na":0.37,"na laging":0.49,"never":0.99,"never backed":0.41,"never fixed":0.5,"never pull":0.42,"new starters":0.81,"nightmare":1.14,"nightmare to":0.84,"no idea":1.05,"nobody":0.68,"nobody there":0.75,"not":-0.45,"note":-0.4,"nothing":0.52,"nothing done":0.89,"notice":-0.31,"now":1.28,"now are":0.42,"now cut":0.42,"now don't":0.38,"now is":0.69,"now the":0.62,"numbers":0.55,"nurses":0.64,"of a":0.4,"of covering":0.87,"of fresh":0.49,"of touch":0.62,"of us":0.32,"office":-0.32,"old":0.87,"old boss":0.64,"old company":0.49,"on a":-0.33,"on hygiene":0.32,"on time":0.37,"one":-0.58,"only":0.48,"only care":0.45,"only hope":-0.3,"only left":0.49,"organise":0.49,"organise a":0.49,"our team":0.53,"out of":0.44,"own":-0.31,"owner":0.61,"owner was":0.51,"owners":1.12,"owners of":0.69,"owners only":0.45,"pay on":0.36,"people":0.54,"people i":0.42,"place felt":0.49,"played":0.49,"played favourites":0.49,"please":-0.41,"po":-0.33,"present":0.76,"present company":0.79,"presentation":-0.34,"presentation was":-0.33,"pressure":-0.38,"previous firm":0.53,"previous store":-0.36,"priya":-0.44,"profit":0.45,"profit and":0.45,"programme":0.51,"programme really":0.53,"pull":0.4,"pull their":0.42,"ran":-0.39,"ran a":-0.34,"reading":-0.36,"really":-0.36,"really appealed":0.53,"references":-0.37,"regards":-0.94,"relief":1.01,"respectfully":-0.38,"restaurant":0.38,"restaurant i":0.38,"right":-0.34,"right now":-0.3,"rn":-0.31,"rota":0.39,"rota to":0.49,"run":0.91,"run a":0.35,"run and":0.62,"run from":0.49,"run the":-0.32,"rush":-0.35,"save":0.64,"save their":0.59,"school":0.76,"school couldn't":0.65,"school i'm":0.48,"see why":0.48,"seem":0.61,"seem to":0.61,"seemed to":0.32,"seniors":0.48,"seniors there":0.48,"servants":0.45,"shambles":1.28,"shambles so":0.53,"ships":0.39,"ships garbage":0.39,"shout":0.38,"shout at":0.38,"shouts":0.45,"shouts at":0.45,"sick":0.42,"sick of":0.42,"similar":-0.47,"similar changeover":-0.34,"since":-0.37,"sincerely":-0.84,"site is":-0.37,"skills":0.44,"skills so":0.52,"so i'm":0.65,"so you":0.48,"so your":0.9,"sorry":-0.31,"staff":0.52,"staff like":0.82,"starters":0.81,"stay":-0.33,"stay calm":-0.36,"still":-0.41,"store and":-0.36,"structured":0.53,"structured training":0.53,"style":0.45,"style was":0.45,"sumisigaw":0.49,"sumisigaw you":0.49,"supervisor":1.64,"supervisor at":0.58,"supervisor constantly":0.95,"supervisor there":0.32,"supportive":-0.37,"supportive of":-0.35,"sure":-0.3,"take":-0.35,"takes":0.44,"takes credit":0.53,"taught at":0.41,"taught me":-0.36,"teachers":0.65,"teachers at":0.65,"teaching":0.41,"team couldn't":0.33,"team does":0.53,"team lead":0.63,"team ships":0.39,"team's":0.55,"team's approach":0.58,"temp":0.71,"temp for":0.71,"terribly":0.69,"test to":0.33,"tests":0.39,"thanks":-0.57,"thanks again":-0.34,"the agency":0.71,"the company":-0.32,"the developers":0.33,"the head":1.41,"the interstate":0.5,"the kids":0.52,"the last":0.6,"the lot":0.42,"the management":0.77,"the managers":0.62,"the new":0.45,"the owner":0.62,"the owners":1.12,"the people":0.61,"the restaurant":0.38,"the school":0.36,"the seniors":0.48,"the site":-0.42,"the teachers":0.65,"the team":-0.37,"the toxic":0.54,"their":1.06,"their lives":0.59,"their management":0.49,"their weight":0.42,"them":0.45,"there":0.31,"there cares":0.39,"there don't":0.48,"there knew":0.36,"they were":0.36,"this":-0.46,"tired":0.67,"tired of":0.67,"to bottom":0.49,"to cover":0.32,"to learn":-0.31,"to leave":0.81,"to listen":0.32,"to me":0.32,"to run":0.46,"to save":0.8,"to value":0.5,"tools":0.35,"top":0.46,"top to":0.49,"toxic":0.54,"toxic crew":0.54,"training":0.34,"training programme":0.53,"treat":0.32,"treat staff":0.45,"treated":1.06,"treated its":0.43,"treated staff":0.38,"treats":1.03,"treats its":0.71,"treats us":0.33,"truck":0.4,"truck until":0.5,"twice":-0.32,"two":-0.41,"under a":0.56,"under pressure":-0.36,"unit test":0.33,"unlike":1.33,"unlike my":1.4,"until it":0.5,"us":1.23,"us like":0.59,"us to":0.32,"us up":0.41,"useless":0.51,"useless so":0.51,"value":0.49,"value your":0.5,"very backward":0.48,"very calm":0.49,"very supportive":-0.35,"wait to":0.39,"walsh":-0.3,"warm":-0.37,"warm regards":-0.35,"warmly":-0.42,"was a":0.47,"was badly":0.49,"was incompetent":0.49,"was lazy":0.32,"was refreshing":0.38,"was so":-0.3,"we":-0.37,"week":-0.56,"weeks":-0.3,"weight":0.42,"well":-0.52,"went":-0.33,"were":0.32,"were cheapskates":0.32,"were doing":0.36,"were very":0.49,"what they":0.36,"where i":1.03,"which is":0.52,"who":0.69,"who cut":0.84,"who played":0.49,"who shouts":0.45,"why":0.99,"why i'm":1.18,"wishes":-0.41,"with now":0.82,"with the":-0.35,"work for":0.62,"work now":0.62,"worked":0.37,"worked for":0.42,"workers":1.16,"workers at":0.46,"workers terribly":0.71,"write a":0.33,"year":-0.52,"years of":0.53,"years under":0.58,"you actually":0.8,"you are":-0.33,"you can":0.48,"you were":0.49,"your calm":0.45,"your culture":0.38,"your nurses":0.5,"your office":-0.3,"your place":0.49,"your structured":0.53,"your team's":0.58,"yours":-0.62,"zenith":0.48,"zenith foods":0.49,"zero":0.48,"zero leadership":0.52}},{"flag":"pay-perks","code":"AV505","bias":-6.0343,"weights":{"0 0":-0.64,"0 a":0.63,"13th":0.43,"13th month":0.47,"401k":0.58,"401k match":0.58,"<q>":3.14,"a bonus":0.83,"a car":0.58,"a company":0.55,"a decision":-0.37,"a discount":0.32,"a free":0.44,"a gym":0.44,"a half":0.57,"a little":0.31,"a month":0.63,"a no":-0.49,"a raise":0.4,"a relocation":0.75,"a rough":-0.35,"a signing":0.44,"a week":0.35,"a yes":-0.43,"able":0.45,"able to":0.45,"after":0.36,"after 0":0.41,"after probation":0.4,"afternoon":-0.41,"again":-0.36,"aisha":-0.32,"all":-0.46,"allowance":1.37,"allowance if":0.43,"along":-0.33,"also":2.08,"also appreciate":0.39,"also hoping":0.6,"also inform":0.5,"an":-0.32,"and a":1.14,"and bonuses":0.35,"and do":0.44,"and gratuity":0.5,"and health":0.94,"and is":0.68,"and may":0.32,"and rice":0.47,"and study":0.4,"and whether":1.17,"ang":0.32,"ang sahod":0.32,"annual":1.09,"annual leave":0.72,"annual pass":0.44,"any flexibility":0.48,"any news":-0.43,"any room":0.46,"any update":-0.62,"any van":0.34,"anything":-0.49,"anything else":-0.36,"appreciate knowing":0.39,"are":0.7,"are included":0.47,"are paid":0.47,"are pay":0.35,"as a":-0.35,"as well":0.4,"ask":0.6,"ask about":0.94,"assessment":-0.48,"assessment will":-0.47,"at least":0.61,"at time":0.57,"attached":-0.44,"ba":0.32,"band":0.44,"band this":0.47,"be able":0.45,"be any":0.46,"be for":0.52,"be given":0.5,"be part":-0.32,"be possible":-0.36,"been":-0.41,"before":-0.52,"before going":0.72,"before i":-0.5,"before the":-0.32,"before you":-0.53,"begins":-0.49,"begins on":-0.49,"best":-0.82,"best wishes":-0.37,"biweekly":0.44,"biweekly paychecks":0.44,"bonus":1.66,"bonus for":0.5,"bonus or":0.34,"bonuses":0.35,"bonuses given":0.35,"by":-0.51,"call duty":0.51,"can i":-0.4,"can you":0.79,"car":1.17,"chance":-0.32,"check how":0.46,"cheers":-0.8,"com":-0.49,"comes":1.39,"comes with":1.52,"company":0.41,"company car":0.75,"confirm":-0.43,"could i":0.67,"cover":0.37,"cover my":0.4,"covers":0.39,"covers my":0.44,"ctc":0.71,"ctc and":0.5,"curious":0.32,"curious whether":0.32,"date":-0.48,"date in":-0.49,"day one":-0.48,"day rate":0.34,"days":0.86,"days a":0.48,"days of":0.61,"dear":-0.84,"dear mr":-0.42,"dear ms":-0.41,"decide":-0.59,"decision":-0.44,"details":0.56,"details of":0.58,"did":-0.48,"discount":0.32,"discount on":0.32,"discounted":0.31,"discounted rooms":0.31,"do":0.59,"do staff":0.87,"do weekly":0.44,"do yous":0.41,"does":1.25,"does the":1.29,"don't":-0.46,"dr":-0.37,"duty":0.51,"duty allowance":0.51,"else":-0.38,"end of":0.32,"equity":0.79,"equity part":0.88,"exam":0.37,"exam fees":0.4,"example":-0.38,"example com":-0.33,"expect in":0.67,"expect to":-0.48,"extra":0.47,"eze":-0.35,"family":0.73,"family and":0.44,"fees":0.39,"fees and":0.4,"firm":0.31,"firm cover":0.4,"first pay":0.6,"flat":0.38,"flexibility":0.48,"flexibility on":0.48,"for my":0.32,"for night":0.45,"for nurses":0.39,"for staff":0.62,"for this":1.07,"free":1.14,"free annual":0.44,"free meal":0.32,"free meals":0.42,"free mooring":0.35,"friday":-0.31,"fridays":0.49,"from home":0.98,"from sydney":0.43,"further":0.6,"further i'd":0.72,"get":1.34,"get a":0.82,"get discounted":0.31,"get free":0.42,"get to":0.37,"give":-0.37,"give me":-0.35,"given":0.62,"going further":0.72,"good":-0.52,"got a":0.31,"got it":-0.34,"grace":-0.4,"gratuity":0.5,"gratuity will":0.5,"guys":0.42,"guys do":0.44,"gym":0.64,"gym membership":0.64,"half":0.4,"hannah":-0.51,"has":-0.43,"have":-0.57,"have you":-0.32,"health":0.62,"health insurance":1.28,"health plan":0.57,"healthcare":0.35,"help":-0.32,"hi":-1.04,"holiday":0.62,"holiday the":0.46,"home":1.66,"home at":0.49,"home for":0.33,"home on":0.51,"home three":0.48,"honestly":-0.39,"hope":-0.39,"hoping":0.35,"hoping to":0.45,"hotels":0.31,"hourly":1.15,"hourly pay":0.44,"hourly rate":0.41,"hourly wage":0.46,"hours or":0.41,"how":0.36,"how many":0.83,"how much":1.09,"how often":0.35,"i be":0.51,"i get":0.92,"i got":-0.35,"i have":-0.36,"i know":-0.35,"i move":0.43,"i sign":-0.49,"i wanted":0.48,"i'd also":0.62,"i'd be":-0.32,"i'd land":0.6,"i'd like":0.73,"i'd love":-0.33,"i'd want":0.72,"i'll":-0.68,"i'm":-0.56,"i've":-0.38,"idea":-0.58,"idea of":-0.34,"in the":-0.31,"in this":0.67,"include":1.1,"include a":0.34,"include health":0.44,"include private":0.35,"included":0.45,"inform":0.49,"inform me":0.5,"insurance":1.28,"insurance begins":-0.49,"insurance covers":0.44,"insurance for":0.44,"is a":-0.35,"is mine":-0.4,"is overtime":0.8,"is the":1.04,"is there":0.97,"it":-0.33,"it a":-0.43,"it be":-0.36,"it flat":0.41,"it's":-0.41,"its":-0.3,"job is":-0.4,"job pay":0.3,"join":-0.34,"join the":-0.34,"just curious":0.32,"kind of":0.36,"kind regards":-0.51,"kindly":0.33,"kindly also":0.71,"know how":0.67,"know the":0.33,"know what":-0.42,"know yet":-0.31,"knowing":0.39,"knowing when":0.39,"land":0.6,"land on":0.6,"last":-0.39,"least":0.58,"least r45":0.72,"leave":1.24,"leave comes":0.56,"leeds":-0.47,"leeds office":-0.47,"leftover":0.38,"leftover loaves":0.49,"like and":0.34,"like to":0.31,"little tinny":0.35,"loan for":0.34,"loaves":0.48,"loaves home":0.49,"longer":-0.58,"longer before":-0.53,"looking like":0.34,"love":-0.37,"love to":-0.36,"made":-0.37,"make":-0.38,"many":0.56,"many days":0.62,"marcus":-0.37,"master's":0.6,"match":0.57,"may free":0.32,"me about":0.32,"me what":0.61,"me which":0.43,"meal":0.32,"meal po":0.32,"meals":0.42,"meals on":0.42,"meeting":-0.32,"membership":0.64,"mine":-0.4,"month":0.51,"month pay":0.47,"mooring":0.35,"mooring for":0.35,"move up":0.43,"mr":-0.48,"mrs":-0.34,"ms":-0.55,"much annual":0.56,"much does":0.3,"much is":0.51,"much longer":-0.53,"much po":0.32,"my exam":0.4,"my family":0.77,"my master's":0.6,"my parents":0.44,"need":-0.38,"negotiable":0.88,"negotiate":0.46,"negotiate the":0.46,"news":-0.44,"news on":-0.43,"next":-0.56,"night shifts":0.44,"nights":0.3,"nights are":0.47,"no":-0.58,"not":-0.51,"now":-0.49,"nurses who":0.39,"of holiday":0.68,"of salary":0.67,"of when":-0.35,"offer and":-0.47,"offer negotiable":0.88,"office":-0.46,"office or":-0.47,"often are":0.35,"on and":0.47,"on bonus":0.39,"on day":-0.49,"on fridays":0.49,"on shift":0.42,"on takeaways":0.32,"on the":-0.33,"on weekends":0.3,"on working":0.48,"one":-0.55,"online":-0.48,"or biweekly":0.44,"or is":0.41,"or not":-0.48,"or online":-0.47,"our":-0.38,"out where":0.6,"out whether":-0.32,"over":-0.37,"overtime":0.87,"overtime after":0.41,"overtime paid":0.57,"package":1.01,"package to":0.72,"paid":1.19,"paid at":0.57,"paid extra":0.47,"panel":-0.38,"parents":0.44,"parents as":0.44,"parks":0.38,"parks for":0.44,"pass":0.3,"pass to":0.44,"pay":2.12,"pay and":0.9,"pay be":0.45,"pay overtime":0.41,"pay review":0.6,"pay reviews":0.35,"paychecks":0.44,"pension":0.85,"pension and":0.94,"per day":0.32,"pf":0.5,"pf and":0.5,"plan and":0.56,"please how":0.51,"please what":0.34,"po ang":0.32,"po ba":0.32,"position":0.77,"position include":0.78,"possible":-0.36,"possible to":-0.36,"post would":0.47,"practical":-0.47,"practical assessment":-0.47,"private":0.35,"private healthcare":0.35,"priya":-0.47,"probation":0.4,"r45":0.72,"r45 0":0.72,"raise":0.4,"raise after":0.4,"rate":0.99,"rate is":0.41,"rate looking":0.34,"really":-0.5,"regards":-0.98,"relocation":0.75,"relocation allowance":0.43,"relocation package":0.34,"respectfully":-0.37,"review":0.56,"review would":0.39,"reviews":0.34,"reviews and":0.35,"rice":0.47,"rice subsidy":0.47,"rn":-0.31,"role comes":1.0,"role i":-0.34,"role include":0.34,"room to":0.46,"rooms":0.31,"rooms at":0.31,"rough":-0.35,"rough idea":-0.35,"round":-0.33,"sahod":0.32,"sahod per":0.32,"salary":1.49,"salary could":0.67,"salary for":0.58,"salary schedule":0.6,"say":-0.33,"schedule":0.56,"schedule with":0.6,"second":-0.48,"send":0.35,"send me":0.58,"share":0.56,"share whether":0.44,"shift and":0.31,"shifts":0.43,"sign could":-0.49,"sign on":0.39,"signing":0.44,"signing bonus":0.44,"sincerely":-0.82,"sister hotels":0.31,"so":-0.45,"soon":-0.35,"staff":0.92,"staff get":1.18,"staff i've":0.35,"stand":-0.31,"start date":-0.48,"start on":0.32,"start this":0.39,"starting":0.74,"starting salary":0.61,"still":-0.33,"study":0.32,"study leave":0.4,"subsidy":0.47,"subsidy are":0.47,"sydney":0.43,"take":0.61,"take home":0.58,"take place":0.39,"takeaways":0.32,"team":-0.36,"team is":-0.43,"tell":0.31,"tell me":0.39,"than":-0.36,"thanks":-0.62,"thanks again":-0.32,"the 13th":0.47,"the 401k":0.58,"the ctc":0.71,"the day":0.33,"the details":0.58,"the end":0.39,"the equity":0.88,"the firm":0.38,"the first":0.64,"the health":0.52,"the hourly":1.2,"the leeds":-0.47,"the leftover":0.38,"the new":-0.38,"the next":-0.34,"the offer":0.69,"the package":0.69,"the panel":-0.43,"the parks":0.38,"the pension":0.94,"the position":0.68,"the practical":-0.47,"the role":0.5,"the salary":0.54,"the second":-0.43,"the sister":0.31,"the start":-0.49,"the starting":0.61,"the take":0.58,"the timeline":-0.74,"the written":-0.49,"there":0.81,"there a":1.21,"there anything":-0.33,"there be":0.46,"there free":0.35,"there's":0.43,"there's a":0.52,"things":-0.39,"this position":0.73,"this post":0.47,"this role":0.85,"three days":0.48,"through":-0.31,"time and":0.31,"timeline":-0.72,"tinny":0.35,"to ask":0.87,"to check":0.41,"to join":-0.32,"to know":0.67,"to negotiate":0.46,"today":-0.37,"up from":0.41,"update":-0.62,"update on":-0.63,"van":0.3,"van with":0.34,"wage":0.42,"want the":0.6,"wanted":0.43,"wanted to":0.5,"warm":-0.35,"warm regards":-0.32,"warmly":-0.4,"was a":-0.39,"was also":0.76,"way":-0.35,"we":-0.32,"weekly or":0.44,"what":0.52,"what is":0.34,"what kind":0.67,"what the":0.5,"what would":0.45,"what's":0.9,"what's the":0.91,"whats":0.44,"whats the":0.44,"when":-0.35,"when can":-0.32,"when you'll":-0.31,"where i'd":0.6,"whether":0.54,"whether i":-0.34,"whether i'm":-0.32,"whether nights":0.47,"whether pf":0.5,"whether staff":0.32,"whether there's":0.49,"which band":0.47,"who start":0.39,"will":-0.46,"wishes":-0.4,"with a":0.37,"with my":0.53,"work from":0.51,"working from":0.48,"would i":1.52,"would it":-0.36,"would start":0.47,"would take":0.39,"would the":1.36,"would there":0.46,"written":-0.52,"written offer":-0.49,"yes":-0.43,"yes or":-0.43,"yet":-0.92,"yet if":-0.31,"you confirm":-0.57,"you decide":-0.54,"you guys":0.43,"you know":-0.34,"you send":0.58,"you share":0.44,"you tell":0.89,"you'll":-0.33,"you'll be":-0.31,"yours":-0.61,"yous":0.41,"yous pay":0.41}},{"flag":"self-putdown","code":"AV507","bias":-6.0667,"weights":{"0 0":-0.56,"<q>":-0.53,"a bit":0.53,"a colleague":0.58,"a degree":0.41,"a hash":0.71,"a mess":0.82,"a nervous":0.77,"about budgets":0.85,"about conflict":0.58,"about that":0.34,"accept":-0.31,"across":0.84,"across as":0.87,"adeyemi":-0.35,"afraid":0.81,"afraid my":0.82,"after":-0.53,"afternoon":-0.42,"again":-0.44,"against":0.31,"against me":0.41,"aisha":-0.31,"all as":0.65,"all over":0.5,"am not":1.0,"an idiot":0.49,"and it":0.61,"and my":0.37,"answer on":0.38,"answers":1.73,"answers i":0.63,"answers were":1.13,"any":-0.38,"anything":-0.33,"anyway":0.36,"applicant":0.48,"applicant you":0.48,"area":0.33,"as":0.3,"as experienced":0.31,"as fit":0.38,"as i'm":0.31,"as the":0.4,"as totally":0.4,"as you":0.47,"as your":0.33,"at all":0.37,"at interviews":0.7,"attached":-0.43,"aware":1.03,"aware i":0.71,"aware i'm":0.33,"awkward":0.59,"awkward i'm":0.59,"back":-0.37,"badly":0.99,"badly in":1.17,"be honest":0.33,"be what":0.32,"because":-0.34,"been":-0.47,"being so":0.52,"best":-0.84,"best wishes":-0.36,"bit":0.41,"bit of":0.82,"blank":0.67,"blank on":0.67,"blanked":1.05,"blanked on":1.05,"budget":0.67,"budget question":0.67,"budgets":0.84,"busy":-0.44,"but":0.8,"but i":0.99,"but i'd":0.59,"by":-0.39,"calculation":0.38,"calculation was":0.38,"came":0.83,"came across":0.87,"can":-0.57,"can't":-0.36,"candidate":0.48,"candidate but":0.5,"candidates":0.4,"candidates to":0.38,"care":-0.31,"case":0.55,"case study":0.83,"cheers":-0.8,"coder":0.31,"coder as":0.31,"colleague":0.58,"com":-0.52,"communication":0.38,"communication was":0.44,"completely blanked":0.62,"conflict":0.58,"conflict with":0.58,"counts":0.39,"counts heavily":0.41,"current":-0.33,"cv is":0.32,"day":-0.43,"dear":-0.83,"dear mr":-0.41,"dear ms":-0.41,"degree":0.41,"degree probably":0.41,"did":0.41,"did terribly":0.82,"do justice":0.44,"don't":0.62,"don't interview":0.65,"don't think":0.61,"doubt":0.45,"doubt i'm":0.49,"down":0.56,"down badly":1.17,"dr":-0.35,"drug":0.36,"drug calculation":0.38,"earlier":-0.36,"email":-0.42,"embarrassing":1.69,"enjoyed":-0.36,"enough":0.61,"enough for":0.61,"even":-0.33,"everyone":-0.31,"example":-0.39,"example com":-0.32,"excited":-0.33,"excited about":-0.31,"exercise":0.97,"experience":0.32,"experience will":0.71,"experienced":1.08,"experienced applicant":0.48,"experienced as":0.31,"experienced person":0.33,"eze":-0.35,"feel i":0.44,"fit or":0.38,"fluffed":0.85,"fluffed the":0.85,"for being":0.4,"for but":0.49,"for rambling":0.7,"for this":0.46,"forgive":0.63,"forgive me":0.63,"forgot":0.49,"forgot half":0.49,"fumbled":0.58,"fumbled the":0.58,"get it":0.71,"good afternoon":-0.37,"good at":0.43,"good enough":0.61,"good speaker":0.63,"got the":0.43,"grace":-0.4,"half":0.35,"half of":0.49,"hannah":-0.51,"has":-0.38,"hash":0.71,"hash of":0.71,"have looked":0.32,"have talked":0.66,"heard":-0.31,"heavily":0.41,"heavily against":0.41,"hi":-1.03,"hired":-0.31,"honest":0.33,"honestly":-0.39,"hope":-0.37,"hopeless":0.59,"hopeless in":0.59,"hoping":-0.44,"how":-0.32,"i completely":0.43,"i did":0.92,"i don't":0.95,"i doubt":0.49,"i feel":0.4,"i fluffed":0.85,"i forgot":0.49,"i fumbled":0.58,"i got":0.33,"i have":-0.47,"i know":1.69,"i made":0.7,"i may":0.9,"i must":0.41,"i probably":0.82,"i rambled":0.33,"i realise":1.79,"i totally":0.45,"i wanted":0.46,"i was":0.34,"i work":0.4,"i'll":-0.5,"i'm":0.99,"i'm afraid":0.82,"i'm aware":1.03,"i'm hopeless":0.59,"i'm kicking":0.51,"i'm not":1.42,"i'm probably":1.09,"i'm really":0.97,"i'm sorry":0.44,"i'm sure":0.98,"i'm what":0.49,"i've":-0.44,"idiot":0.49,"if":-0.59,"if i'm":-0.4,"in interviews":0.59,"in my":-0.37,"in that":0.38,"in the":0.31,"interview well":0.65,"interviewed":0.33,"interviews":1.02,"is":-0.32,"is rather":0.32,"it over":0.59,"it probably":0.77,"just":-0.31,"justice":0.44,"justice to":0.44,"keen":-0.43,"kicking":0.51,"kicking myself":0.51,"kind":-0.47,"kind regards":-0.41,"know":0.43,"know i":1.53,"know my":1.22,"lack":0.41,"lack of":0.41,"last":-0.45,"least experienced":0.33,"let me":0.53,"like an":0.49,"live exercise":0.31,"looked":0.42,"looked like":0.7,"looking":0.37,"looking for":0.71,"madam":0.35,"made a":0.66,"marcus":-0.38,"maths":1.15,"maths let":1.17,"may":0.5,"may have":0.66,"me down":1.17,"me for":0.44,"me know":-0.31,"mess":0.82,"mind":0.51,"mind went":0.67,"more experience":0.71,"most experienced":0.48,"mr":-0.48,"mrs":-0.35,"ms":-0.54,"much i'm":0.7,"must":0.39,"must have":0.49,"my answers":1.13,"my communication":0.44,"my current":-0.31,"my earlier":-0.35,"my lack":0.41,"my last":-0.37,"my maths":1.17,"my mind":0.57,"my poor":0.63,"my presentation":0.8,"myself":1.23,"myself and":0.36,"myself out":0.66,"na":-0.32,"need":-0.33,"nervous":1.34,"nervous i":0.49,"nervous wreck":0.77,"no":-0.33,"not":1.39,"not a":0.57,"not as":0.63,"not be":0.32,"not do":0.44,"not good":0.43,"not the":1.26,"not to":-0.36,"not very":0.38,"noticed":0.92,"noticed during":0.31,"now":-0.45,"numbers":0.41,"numbers wrong":0.51,"of a":1.09,"one":-0.47,"or as":0.38,"other candidates":0.56,"our":-0.37,"out of":0.51,"over":0.41,"over me":0.71,"over the":0.41,"part":-0.31,"per":-0.3,"person you":0.33,"play":0.69,"play exercise":0.71,"please":-0.48,"po":-0.43,"poor":1.41,"poor answers":0.63,"poor i":0.38,"poor madam":0.44,"presentation":0.8,"presentation was":0.82,"pretty":0.64,"pretty weak":0.66,"priya":-0.44,"probably":3.34,"probably came":0.61,"probably counts":0.41,"probably not":0.78,"probably noticed":0.65,"probably showed":0.77,"probably the":0.33,"question":1.24,"question about":0.63,"question so":0.67,"question which":0.45,"questions":0.65,"rambled":0.33,"rambled a":0.33,"rambling":0.7,"rambling so":0.7,"rather thin":0.32,"realise":1.79,"realise i":0.66,"realise i'm":0.48,"realise my":0.72,"really good":0.61,"really not":0.43,"regards":-0.93,"reply":-0.39,"respectfully":-0.36,"rn":-0.3,"role but":0.61,"role play":0.71,"room":-0.38,"safety":0.32,"safety question":0.45,"saw":0.42,"say":0.55,"say i":0.49,"say thanks":0.49,"sharpest":0.5,"sharpest candidate":0.5,"showed":0.48,"since":-0.38,"sincerely":-0.82,"so all":0.5,"so awkward":0.59,"so embarrassing":0.67,"so nervous":0.49,"someone":0.58,"someone with":0.71,"sorry":1.91,"sorry about":0.4,"sorry for":1.26,"sorry my":0.5,"speaker":0.63,"start":-0.33,"still":-0.38,"strong":0.38,"strong in":0.38,"strongest":0.31,"strongest coder":0.31,"study":0.78,"study and":0.51,"study which":0.62,"sure":1.05,"sure i":0.84,"sure someone":0.71,"talked":0.38,"talked myself":0.66,"technical":0.75,"technical questions":0.82,"terribly":0.74,"terribly on":0.82,"test":0.36,"thanks":-0.46,"thanks again":-0.3,"thanks anyway":0.49,"that area":0.38,"the budget":0.67,"the case":0.85,"the drug":0.38,"the job":0.4,"the least":0.33,"the live":0.31,"the numbers":0.49,"the place":0.38,"the question":0.78,"the safety":0.45,"the sharpest":0.5,"the strongest":0.31,"the technical":0.75,"the test":0.65,"thin":0.31,"thin and":0.32,"think i'm":0.61,"this":-0.37,"this role":0.43,"three":-0.55,"through":-0.33,"time":-0.34,"to get":-0.31,"to myself":0.44,"to say":0.69,"to try":0.61,"today":-0.37,"totally":0.84,"totally blanked":0.45,"totally unprepared":0.4,"try":0.59,"two":-0.4,"understand":-0.5,"unprepared":0.61,"unprepared sorry":0.4,"up":-0.31,"very poor":0.44,"very strong":0.38,"wanted":0.31,"wanted to":0.38,"warm":-0.35,"warm regards":-0.34,"warmly":-0.4,"was embarrassing":1.05,"was poor":0.38,"we":-0.35,"weak":0.66,"weak and":0.33,"week":-0.44,"weeks":-0.33,"well at":0.65,"went":0.5,"went blank":0.67,"were":0.76,"were pretty":0.66,"were so":0.5,"what you're":0.57,"where":-0.31,"which":0.35,"which was":1.05,"who":-0.39,"will get":0.71,"wishes":-0.38,"with more":0.71,"with the":-0.38,"work hard":0.5,"working":-0.3,"wreck":0.77,"wreck and":0.77,"wrong":0.45,"wrong in":0.51,"years":-0.34,"you interviewed":0.33,"you noticed":0.31,"you probably":0.65,"you saw":0.48,"you're looking":0.8,"your other":0.38,"yours":-0.64}},{"flag":"begging","code":"AV509","bias":-6.1846,"weights":{"0 0":-0.54,"<q>":-0.63,"a chance":0.51,"a no":-0.46,"a shot":0.5,"accept any":0.68,"actually":-0.48,"afford":0.34,"afford to":0.34,"after":-0.46,"afternoon":-0.36,"again":-0.35,"aisha":-0.3,"all":0.72,"all i":1.41,"am begging":0.56,"am desperate":0.64,"am pleading":0.48,"and my":0.64,"and this":0.48,"and would":0.53,"another no":0.54,"any position":0.68,"any wage":0.66,"anything else":-0.34,"anything just":0.36,"are":0.55,"are my":1.23,"as":-0.43,"ask":0.57,"assume":-0.45,"assume it's":-0.36,"at all":0.8,"at home":0.45,"at this":0.68,"attached":-0.39,"awa":0.63,"awa nyo":0.63,"be working":0.66,"been at":0.5,"been jobless":0.4,"been turned":0.54,"beg":0.51,"beg you":0.51,"begging":1.4,"begging you":1.4,"benefit":0.37,"benefit of":0.38,"best":-0.81,"best wishes":-0.36,"big":0.53,"big time":0.65,"bills":0.5,"bills piling":0.55,"can":-0.55,"can start":-0.36,"can't":0.64,"can't afford":0.34,"can't take":0.54,"chance":1.09,"chance i":0.47,"chance is":0.54,"chance please":0.34,"cheers":-0.76,"com":-0.47,"consider":1.02,"consider me":1.02,"could":-0.38,"day":-0.33,"dear":-0.8,"dear mr":-0.4,"dear ms":-0.4,"delighted":-0.36,"delighted to":-0.33,"depends":0.55,"depends on":0.55,"desperate":1.19,"desperate at":0.68,"desperate for":0.4,"desperately":0.66,"desperately need":0.66,"do":1.17,"do literally":0.36,"do not":0.51,"do whatever":0.73,"documents":-0.32,"documents from":-0.32,"dollar":0.65,"dollar i'd":0.65,"dollars":0.48,"dollars and":0.48,"don't":0.68,"don't get":0.72,"don't hear":-0.43,"don't know":0.69,"don't pass":0.54,"don't reject":0.31,"don't say":0.43,"doubt":0.36,"down":0.82,"down so":0.54,"down to":0.39,"dr":-0.34,"due":0.39,"else":0.39,"else to":0.92,"everything to":0.31,"example":-0.36,"example com":-0.32,"eze":-0.34,"family":0.77,"family depends":0.55,"feel":-0.48,"few":0.42,"few dollars":0.48,"find":-0.32,"finished":0.43,"finished school":0.5,"for two":0.42,"friday":-0.31,"from me":-0.6,"from you":-0.38,"get this":0.72,"give":1.29,"give me":1.44,"god do":0.51,"good":-0.56,"got":-0.32,"grace":-0.38,"hannah":-0.49,"has":-0.35,"have been":0.54,"have bills":0.5,"have nowhere":0.92,"hear":-0.35,"hear from":-0.35,"help me":0.4,"here":0.43,"here one":0.54,"hi":-1.0,"hire":0.64,"hire me":0.64,"home for":0.43,"honestly":0.59,"honestly don't":0.72,"honestly this":0.43,"hope right":1.27,"i ask":0.77,"i beg":0.51,"i can":-0.39,"i finished":0.5,"i have":0.62,"i honestly":0.72,"i hope":-0.31,"i just":0.31,"i need":0.38,"i promise":0.57,"i really":0.87,"i won't":0.48,"i'd owe":0.65,"i'd take":0.56,"i'll":0.49,"i'll assume":-0.43,"i'll do":1.33,"i'm begging":0.88,"i'm desperate":0.59,"i'm down":0.48,"i'm on":1.08,"i'm pleading":1.2,"if you":0.55,"is all":0.77,"is due":0.4,"it takes":0.94,"it's":-0.47,"it's a":-0.44,"job":0.53,"job and":-0.35,"job i":0.72,"job means":0.31,"job would":0.9,"jobless":0.4,"jobless since":0.4,"just":0.8,"just desperately":0.66,"just hire":0.73,"just please":0.57,"just wanted":-0.31,"keep":-0.33,"kids":0.58,"kind":-0.44,"kind regards":-0.41,"kindly consider":0.48,"knees":0.54,"knees here":0.54,"know if":-0.38,"know what":0.63,"last dollar":0.65,"last few":0.48,"let me":-0.38,"let this":0.51,"literally":0.36,"literally anything":0.36,"lose":0.34,"lose this":0.34,"ma":0.47,"ma help":0.5,"many times":0.54,"marcus":-0.36,"mate":0.65,"mate i'm":0.65,"me a":0.64,"me by":0.45,"me i":1.43,"me my":0.55,"me over":0.83,"me this":0.85,"means":0.31,"means everything":0.31,"more":-0.49,"more documents":-0.31,"morning":-0.36,"mr":-0.46,"mrs":-0.33,"ms":-0.52,"my family":0.78,"my kids":0.63,"my knees":0.54,"my only":1.27,"my rent":0.4,"na":0.52,"na po":0.59,"name":0.46,"name of":0.5,"need":0.48,"need me":-0.3,"need more":-0.31,"need this":1.47,"need to":0.31,"no if":-0.36,"no please":0.54,"not let":0.51,"not to":0.31,"note":-0.35,"now":0.53,"nowhere":0.92,"nowhere else":0.92,"nyo":0.63,"nyo na":0.63,"of god":0.51,"on it":0.55,"on my":0.42,"one":0.35,"one chance":0.99,"only":0.99,"only hope":1.27,"opportunity":0.4,"opportunity pass":0.51,"or":-0.37,"our":-0.36,"over":0.32,"over this":0.35,"owe":0.65,"owe you":0.65,"parang":0.63,"parang awa":0.63,"pass":1.04,"pass me":1.37,"pick":0.79,"pick me":0.89,"piling":0.55,"piling up":0.55,"pleading":1.65,"pleading with":1.65,"please":1.46,"please don't":0.79,"please give":0.78,"please i":0.47,"please ma":0.5,"please pick":0.89,"please please":0.57,"please write":-0.31,"pls":0.4,"pls sir":0.4,"po":0.31,"po i":0.63,"point":0.52,"point and":0.68,"position at":0.52,"priya":-0.42,"promise":0.57,"promise you":0.57,"really can't":0.86,"really need":0.83,"really really":0.55,"really want":-0.32,"references":-0.46,"regards":-0.9,"regret":0.57,"regret it":0.57,"reject":0.31,"reject me":0.31,"rent":0.4,"rent is":0.4,"reply":-0.3,"respectfully":-0.35,"right":1.08,"right now":1.27,"role i":0.61,"rush":-0.3,"save":0.8,"save me":0.9,"say no":0.43,"shot":0.73,"since 0":0.4,"since i":0.45,"sincerely":-0.8,"sir":0.44,"sir i":0.69,"so many":0.54,"start":-0.44,"start whenever":-0.32,"sure":-0.34,"take":0.4,"take another":0.54,"take any":0.66,"takes":0.72,"takes if":0.73,"tell":-0.38,"tell me":-0.39,"thanks":-0.6,"the benefit":0.38,"the doubt":0.38,"the name":0.46,"things":-0.5,"this":0.69,"this chance":0.46,"this job":1.67,"this opportunity":0.57,"this point":0.68,"this role":0.45,"this week":-0.54,"this work":0.63,"time if":0.65,"times":0.38,"times that":0.54,"to accept":-0.33,"to consider":0.55,"to give":0.56,"to lose":0.34,"to pass":0.35,"to turn":0.92,"to work":-0.38,"took me":0.58,"turn":0.92,"turn and":0.4,"turned":0.4,"turned down":0.54,"two years":0.39,"wage":0.64,"wage at":0.66,"want":-0.5,"want this":-0.46,"warm":-0.34,"warm regards":-0.33,"warmly":-0.39,"we":-0.32,"week":-0.45,"well":-0.56,"what i'll":0.72,"whatever":0.58,"whatever it":0.71,"whenever":-0.32,"whenever you":-0.3,"where":-0.36,"whether":-0.34,"will do":0.73,"wishes":-0.37,"with you":0.91,"won't":1.02,"won't regret":0.57,"work for":0.56,"work with":-0.35,"working":0.39,"would accept":0.68,"would save":0.9,"write":-0.32,"write me":-0.31,"years since":0.5,"you are":1.0,"you big":0.65,"you in":0.46,"you just":0.89,"you kindly":0.42,"you need":-0.88,"you not":0.35,"you please":0.54,"you this":-0.36,"you to":1.13,"you took":0.33,"you won't":0.57,"you're":-0.36,"yours":-0.59}}]};
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
