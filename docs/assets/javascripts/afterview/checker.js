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
  var SENTENCE_MODEL = {"min_score":-0.4055,"categories":[{"flag":"pressure","code":"AV501","bias":-5.7561,"weights":{"0":-0.31,"0 0":-0.47,"0 hours":0.71,"<q>":2.2,"a decision":0.53,"a firm":0.46,"a no":1.4,"a response":0.44,"a ring":0.48,"a yes":0.89,"accept another":0.36,"actually":-0.31,"after":-0.57,"afternoon":-0.32,"again":-0.39,"all":-0.53,"all if":-0.42,"an":0.43,"an answer":0.62,"an update":0.56,"and accept":0.59,"and revert":0.71,"another":0.41,"another company":0.61,"another offer":0.42,"answer":1.87,"answer before":0.8,"answer by":0.34,"answer from":0.46,"answer is":0.36,"answer within":0.65,"anxious":0.53,"anxious so":0.53,"any chance":0.56,"any day":-0.41,"any further":-0.38,"any longer":0.41,"any news":0.34,"anything":-0.63,"anything else":-0.36,"appreciate":0.84,"appreciate a":1.09,"are you":0.47,"as i":0.96,"as two":0.5,"asked":-0.66,"asked for":-0.63,"asking":-0.42,"assessment":-0.45,"assessment will":-0.44,"assume":0.72,"assume the":0.36,"at all":-0.49,"attached":-0.38,"back by":0.52,"be at":-0.44,"be calling":0.59,"be in":0.31,"been asked":-0.38,"been made":0.44,"been selected":0.82,"been successful":0.57,"before":0.66,"before the":0.43,"before you":1.14,"begging":-0.35,"begging you":-0.35,"best":-0.87,"best wishes":-0.32,"bonus":-0.38,"business":0.41,"business tomorrow":0.41,"by":0.97,"by close":0.41,"by friday":0.6,"by monday":0.41,"by tomorrow":0.64,"by tuesday":0.43,"by wednesday":0.4,"call":-0.32,"calling":0.59,"calling your":0.59,"came":-0.33,"can i":0.48,"can send":-0.31,"can't":0.38,"can't keep":0.5,"candidates":-0.39,"car":-0.52,"chance you":0.56,"cheers":-0.65,"close of":0.41,"com":-0.54,"comes":-0.35,"comes with":-0.35,"company car":-0.37,"company is":0.59,"completely":-0.35,"confirm by":1.1,"confirm whether":-0.71,"contract":-0.35,"contract by":-0.35,"could tell":0.56,"could you":-0.35,"cut":0.6,"days":0.35,"dear":-0.93,"dear mr":-0.43,"dear ms":-0.4,"decide":0.73,"decide by":-0.33,"decide quickly":0.33,"decision":1.46,"decision from":0.57,"decision has":0.44,"decision on":0.62,"decision this":0.5,"decision without":-0.42,"did":0.74,"did i":1.07,"didn't":-0.45,"didn't want":-0.42,"do":-0.51,"do whatever":-0.36,"do you":0.38,"does":-0.63,"does the":-0.63,"don't":0.46,"don't hear":0.74,"down":-0.38,"dr":-0.36,"drag":0.43,"drag this":0.43,"either":0.47,"either way":0.47,"else":-0.47,"end of":0.5,"every day":0.37,"every morning":0.59,"example":-0.44,"example com":-0.35,"expect":0.91,"expect an":1.05,"expedite":0.71,"expedite the":0.71,"eze":-0.32,"fast":0.49,"fast as":0.5,"fifth":0.53,"fifth follow":0.61,"final":0.8,"final answer":0.8,"find out":0.48,"firm answer":0.46,"firms":0.5,"firms want":0.5,"for my":-0.33,"for this":-0.32,"for you":0.55,"fourth":0.52,"fourth time":0.52,"free":-0.43,"friday at":0.57,"friday march":-0.3,"friday whether":0.62,"from me":-0.43,"from you":0.63,"further":-0.37,"further information":-0.39,"get an":0.59,"get your":0.94,"getting":0.35,"getting anxious":0.53,"give":0.57,"give you":0.48,"going":0.62,"going through":0.52,"going to":0.47,"good":-0.41,"got":0.55,"got it":0.48,"got the":0.39,"grace":-0.48,"great":-0.3,"had":-0.51,"hannah":-0.52,"has the":0.62,"have since":-0.47,"have three":0.42,"have two":0.33,"have you":0.8,"have your":0.65,"hear":0.54,"hear back":0.44,"hear something":0.48,"hearing":-0.36,"help me":0.61,"hi":-1.09,"hold":0.44,"holding":0.67,"holding off":0.67,"honestly":-0.47,"hope":-0.63,"hoped":-0.36,"hoped to":-0.36,"hourly":-0.44,"hourly rate":-0.41,"hours":0.6,"how much":0.43,"how soon":0.82,"hurry":0.67,"hurry up":0.67,"i can":-0.44,"i can't":0.79,"i don't":0.57,"i expect":1.33,"i got":0.42,"i hear":0.48,"i hope":-0.35,"i just":-0.46,"i made":0.4,"i make":1.07,"i need":1.62,"i really":-0.69,"i stand":0.43,"i was":-0.37,"i'd appreciate":1.09,"i'll":0.94,"i'll assume":0.74,"i'll be":0.48,"i'll do":-0.35,"i'll give":0.48,"i'll need":0.46,"i'll return":-0.35,"i'll take":0.33,"i'm getting":0.53,"i'm going":0.52,"i'm holding":0.67,"i'm sure":-0.34,"i've got":0.45,"i've written":0.52,"idea":-0.35,"if i":1.23,"if it's":0.39,"if not":-0.48,"if the":0.46,"if you":-0.87,"in":-0.34,"indication":0.52,"indication today":0.52,"information":-0.45,"information or":-0.4,"interest":0.32,"interest to":0.33,"interviews":0.37,"interviews this":0.74,"is it":0.89,"is mine":1.03,"is my":0.5,"is ready":0.62,"is there":-0.76,"it a":0.89,"it takes":-0.36,"it that":0.46,"it to":0.32,"it was":-0.3,"it would":0.71,"it's a":0.43,"its":0.33,"its decision":0.55,"job":0.32,"job as":0.41,"job i":-0.33,"job is":1.03,"job or":0.47,"job pay":-0.47,"join":-0.32,"just didn't":-0.42,"just hire":-0.36,"just tell":1.04,"keep my":0.48,"kind":-0.61,"kind regards":-0.46,"kindly":0.57,"kindly expedite":0.71,"know by":0.39,"know if":0.5,"know yet":0.56,"last":-0.59,"latest":0.57,"leeds":-0.46,"leeds office":-0.44,"let":-0.61,"let me":-0.36,"let's":0.43,"let's not":0.43,"life":0.5,"life on":0.5,"like":-0.37,"longer":1.32,"longer before":1.14,"made it":0.38,"make":0.36,"make a":-0.71,"make the":1.07,"many":-0.37,"march":-0.3,"marcus":-0.3,"may want":0.42,"maya":-0.32,"me before":-0.37,"me either":0.52,"me if":0.41,"me know":-0.42,"me some":0.52,"me the":0.65,"me this":-0.3,"me to":0.34,"me today":0.38,"me what":-0.48,"me yet":0.62,"mentioned":-0.38,"mine":1.01,"monday":0.36,"monday i'll":0.59,"monday morning":0.96,"month":-0.44,"more":-0.38,"morning":1.05,"morning to":0.96,"morning until":0.59,"morning whether":0.49,"move fast":0.5,"move quickly":0.42,"mr":-0.48,"mrs":-0.38,"ms":-0.58,"much does":-0.47,"much for":-0.35,"much longer":1.14,"my answer":-0.5,"my fifth":0.61,"my life":0.5,"my previous":-0.42,"need":1.55,"need a":1.01,"need any":-0.4,"need from":-0.37,"need this":-0.49,"need to":1.12,"need you":0.52,"need your":0.8,"news on":0.34,"next two":0.65,"next week":-0.34,"no":0.53,"no and":0.36,"no worries":-0.42,"not":0.55,"not drag":0.43,"not i":-0.48,"not in":0.46,"note":-0.37,"now":-0.35,"of business":0.41,"of whether":0.49,"off":0.49,"off on":0.67,"offer and":-0.66,"offer for":0.67,"offer me":0.47,"offering":0.47,"offering me":0.47,"office every":0.59,"office or":-0.44,"on another":0.67,"on hold":0.5,"on me":0.51,"on the":-0.32,"on weekends":-0.47,"on whether":1.0,"on your":-0.31,"one":-0.43,"online":-0.43,"or":0.99,"or a":0.64,"or not":1.51,"or online":-0.44,"or references":-0.4,"other":1.09,"other firms":0.5,"other interviews":0.74,"otherwise":0.46,"otherwise i'll":0.46,"out":0.4,"out i":0.43,"out whether":0.48,"outcome":0.66,"outcome within":0.71,"panel reached":0.62,"pay":-0.63,"pay on":-0.47,"phone":0.66,"phone on":0.96,"picked":0.8,"picked someone":0.8,"please":0.39,"please confirm":0.62,"please hurry":0.67,"please i":-0.33,"please just":0.52,"possible":-0.37,"possible to":-0.34,"practical":-0.41,"practical assessment":-0.44,"previous":-0.49,"priya":-0.43,"probably":-0.3,"process and":0.68,"quickly":0.83,"rate":-0.45,"rate is":-0.41,"reached":0.54,"reached its":0.62,"ready":0.54,"ready to":0.54,"really":-0.45,"really help":0.65,"really need":-0.38,"received":-0.56,"received another":-0.48,"references":-0.51,"regards":-1.01,"response":0.42,"response today":0.61,"return":-0.35,"return the":-0.34,"revert":0.89,"revert with":0.71,"ring":0.46,"ring every":0.48,"role or":0.8,"running":0.39,"salary":-0.54,"selected":0.8,"send":-0.33,"share":-0.39,"shift":-0.37,"signed":-0.42,"signed contract":-0.35,"since":-0.35,"since another":0.52,"since received":-0.42,"sincerely":-0.8,"so":0.55,"so can":0.53,"so did":1.07,"so i":-0.58,"so i'd":0.53,"so it":0.33,"so much":-0.35,"so please":1.06,"so you":0.38,"some":0.52,"some indication":0.52,"someone":0.71,"someone for":0.8,"soon":0.48,"soon will":0.82,"speed":0.52,"speed things":0.52,"spot":0.51,"spot i":0.52,"stand by":0.43,"start":-0.49,"start on":-0.37,"still":-0.41,"successful":0.57,"successful yet":0.57,"sure":-0.39,"take it":0.44,"takes":-0.38,"takes if":-0.36,"tell":0.69,"tell me":0.76,"thanks":-0.71,"thanks again":-0.3,"that":-0.34,"that i":-0.32,"that i'm":0.46,"the answer":0.36,"the cut":1.07,"the day":0.71,"the end":0.48,"the fourth":0.52,"the hourly":-0.44,"the job":1.17,"the latest":0.57,"the leeds":-0.44,"the outcome":0.66,"the position":0.51,"the practical":-0.44,"the process":0.38,"the running":0.55,"the salary":-0.34,"the signed":-0.35,"the spot":0.52,"the third":0.42,"the weekend":0.79,"there":-0.83,"there any":-0.41,"there anything":-0.31,"things up":0.52,"third":0.42,"third time":0.42,"this chance":-0.41,"this is":0.69,"this job":-0.46,"this morning":-0.38,"this out":0.43,"this position":-0.34,"this role":-0.35,"this week":1.88,"thought":-0.37,"three other":0.42,"time i've":0.52,"time this":0.44,"timeline":-0.4,"times":-0.34,"to find":0.47,"to get":0.49,"to have":0.52,"to hire":0.52,"to know":0.45,"to make":-0.6,"to move":0.53,"to offer":0.47,"to speed":0.52,"today":1.03,"today of":0.52,"today whether":0.4,"tom":-0.32,"tomorrow":1.03,"tomorrow morning":0.49,"tomorrow whether":0.57,"turned":-0.33,"two":0.51,"two days":0.65,"two other":0.82,"understand":-0.39,"until":0.88,"until i":1.05,"up":0.51,"up for":0.44,"up on":-0.35,"up so":0.61,"very":-0.3,"wait any":0.41,"want me":0.5,"warm":-0.33,"warm regards":-0.32,"was":-0.41,"was a":-0.32,"we":-0.4,"wednesday otherwise":0.46,"week":0.37,"week as":0.5,"week on":0.44,"week so":0.73,"week until":0.48,"weekend":0.46,"weekends":-0.46,"well":-0.55,"what":-0.48,"what the":-0.57,"whatever":-0.35,"whatever it":-0.34,"when can":0.48,"when you":-0.37,"whether":1.72,"whether i":0.85,"whether i'm":0.67,"whether i've":1.01,"whether the":-0.54,"whether you're":0.62,"which":-0.37,"will":0.33,"will be":-0.51,"will do":-0.36,"will i":0.82,"will phone":0.96,"wishes":-0.35,"with a":-0.39,"within":1.16,"within 0":0.71,"within the":0.65,"without":-0.47,"without asking":-0.42,"working":-0.35,"worries":-0.42,"worries at":-0.42,"would i":-0.37,"would need":0.8,"would really":0.62,"written":0.43,"written so":0.52,"yes":0.83,"yes or":0.89,"yet":1.59,"yet if":0.56,"you a":0.3,"you by":1.01,"you confirm":-0.31,"you could":0.48,"you decide":1.02,"you expect":-0.37,"you give":0.37,"you going":0.47,"you know":0.33,"you may":0.41,"you need":-0.78,"you picked":0.8,"you so":0.33,"you tell":-0.48,"you'll":0.33,"you'll need":0.59,"you're":0.41,"you're offering":0.62,"your answer":0.65,"your decision":0.75,"your final":0.8,"your interest":0.33,"your office":0.57,"yours":-0.54}},{"flag":"silence-complaint","code":"AV508","bias":-5.7968,"weights":{"0":-0.31,"0 0":-0.46,"<q>":-0.63,"a bit":1.74,"a day":0.35,"a four":0.33,"a nightmare":-0.4,"a shame":0.55,"a short":0.52,"acknowledgement":0.69,"acknowledgement by":0.69,"after":0.69,"after a":0.35,"after coming":0.49,"after i":0.33,"after the":0.51,"again":-0.44,"an acknowledgement":0.69,"and i'm":0.31,"and nothing":0.48,"and still":0.68,"another":-0.45,"answer last":0.33,"any information":0.42,"anything":0.7,"anything has":0.46,"anything in":0.62,"applicants":0.46,"as":-0.42,"asked":-0.31,"assessment":0.38,"assessment day":0.39,"at least":1.36,"back":0.79,"back has":0.3,"back to":0.53,"back within":0.31,"be honest":0.73,"be kept":0.75,"be left":0.6,"been":1.83,"been checking":0.72,"been courteous":0.62,"been hard":0.64,"been in":0.51,"been pretty":0.32,"been quite":0.33,"been really":0.95,"been refreshing":0.48,"before":-0.33,"being":0.67,"being kept":0.49,"being left":0.61,"best":-0.9,"best wishes":-0.31,"bit":1.6,"bit demoralising":0.48,"bit gutted":0.51,"bit ignored":0.35,"bit rude":0.39,"bothered":0.34,"bothered to":0.34,"busy but":0.49,"but being":0.49,"by now":1.02,"can't":-0.3,"candidates":1.05,"candidates deserve":0.52,"candidates know":0.62,"checking":0.65,"checking my":0.72,"cheers":-0.66,"com":-0.61,"com in":-0.34,"coming":0.3,"coming all":0.49,"confidence":0.61,"courteous":0.62,"courteous to":0.62,"current":-0.59,"current employer":-0.34,"dark":0.89,"dark after":0.49,"dark for":0.41,"day":0.43,"day and":0.69,"day off":0.35,"days":0.31,"days and":0.48,"dear":-0.92,"dear mr":-0.43,"dear ms":-0.4,"decency":0.55,"decency to":0.55,"decision":-0.31,"demoralising":0.48,"deserve":0.52,"deserve at":0.52,"disappointed":0.6,"disappointed that":0.62,"disappointing":0.97,"disappointing that":0.4,"discouraging":0.62,"discouraging to":0.51,"disheartening":0.41,"disheartening to":0.41,"down by":0.46,"dr":-0.35,"employer":-0.41,"employer has":-0.35,"even":-0.33,"every day":0.67,"example":-0.39,"example com":-0.33,"eze":-0.32,"feel a":0.32,"feeling":0.42,"feeling rather":0.46,"feels":0.31,"feels a":0.39,"final":0.38,"final round":0.61,"find it":0.4,"followed":0.4,"followed up":0.4,"following":-0.31,"for at":0.69,"for ten":0.48,"for this":0.54,"for weeks":0.49,"four hour":0.39,"friday":-0.36,"from hr":0.76,"from port":0.49,"frustrating":0.31,"get back":0.34,"get no":0.33,"go":0.37,"go quiet":0.39,"good":-0.49,"got":0.33,"got back":0.53,"grace":-0.48,"gutted":0.51,"gutted nobody's":0.51,"had the":0.51,"hanging":0.61,"hanging after":0.61,"hannah":-0.52,"harcourt":0.49,"harcourt for":0.49,"hard":1.0,"hard on":0.78,"hard to":0.35,"has":1.79,"has been":0.72,"has bothered":0.34,"has followed":0.4,"has got":0.53,"has had":0.55,"has honestly":0.3,"has left":0.46,"have heard":0.34,"have received":0.34,"haven't":0.62,"haven't heard":0.62,"hear nothing":0.32,"heard":0.67,"heard anything":0.62,"heard something":0.34,"hearing anything":0.58,"hearing back":0.3,"hi":-1.09,"honest":0.73,"honest the":0.45,"honestly":0.92,"honestly been":0.3,"honestly disappointed":0.62,"honestly it's":0.33,"hope":-0.46,"hoping":0.53,"hoping for":0.63,"hour assessment":0.39,"how":-0.32,"hr":0.5,"hr has":0.34,"hr side":0.42,"i feel":0.32,"i find":0.4,"i have":-0.46,"i haven't":0.62,"i really":-0.37,"i thought":0.31,"i took":0.31,"i was":0.88,"i'd at":0.34,"i'd hear":0.31,"i'll":-0.39,"i'm":-0.43,"i'm a":0.51,"i'm honestly":0.62,"i'm sad":0.52,"i'm sure":-0.32,"i've":-0.31,"i've been":0.32,"if":-0.54,"ignored":0.35,"ignored tbh":0.35,"in limbo":0.49,"in over":0.62,"inbox":0.44,"inbox for":0.48,"information":0.31,"information from":0.42,"interview has":0.46,"interview so":0.35,"is a":0.46,"is disappointing":0.34,"is frustrating":0.31,"is hard":0.49,"is quite":0.75,"is very":0.4,"isn't great":0.34,"it disappointing":0.4,"it feels":0.39,"it is":0.76,"it was":-0.32,"it would":0.53,"it's":1.47,"it's a":0.38,"it's been":0.82,"it's now":0.31,"it's quite":0.41,"job":-0.36,"just":-0.45,"kept":1.17,"kept in":0.97,"kind":-0.51,"kind regards":-0.47,"knocked":0.61,"knocked my":0.61,"know where":0.54,"least":1.29,"least a":0.52,"least an":0.69,"least have":0.34,"left":1.19,"left hanging":0.61,"left in":0.41,"left me":0.46,"let":0.38,"let candidates":0.62,"let down":0.46,"like":-0.34,"limbo":0.49,"limbo for":0.49,"linkedin":-0.34,"linkedin com":-0.34,"long":1.06,"long without":0.42,"marcus":-0.3,"maya":-0.32,"me feeling":0.46,"me since":0.35,"me which":0.34,"month which":0.31,"more":-0.33,"mr":-0.48,"mrs":-0.38,"ms":-0.58,"my confidence":0.61,"my current":-0.56,"my inbox":0.48,"my last":-0.31,"my phone":0.64,"need":-0.33,"news has":0.45,"next":-0.36,"nightmare":-0.4,"nightmare to":-0.34,"no":0.57,"no news":0.45,"no one":0.59,"no reply":0.33,"no rush":-0.31,"nobody":1.11,"nobody from":0.34,"nobody has":0.89,"nobody's":0.51,"nobody's been":0.51,"not hearing":0.87,"not to":0.48,"nothing":1.27,"nothing for":0.32,"nothing which":0.48,"now":0.91,"now been":0.31,"now which":0.34,"off work":0.35,"offer":-0.34,"on applicants":0.49,"on the":-0.32,"one":0.52,"one has":0.59,"only":-0.33,"our chat":0.41,"over":0.3,"over three":0.62,"painful":0.9,"painful to":0.9,"phone":0.55,"phone every":0.72,"please":-0.48,"port":0.49,"port harcourt":0.49,"pretty discouraging":0.32,"priya":-0.42,"promised an":0.33,"quiet":0.34,"quiet after":0.39,"quite":1.24,"quite disheartening":0.41,"quite painful":0.49,"quite upsetting":0.59,"rather":0.36,"rather let":0.46,"really discouraging":0.31,"really knocked":0.61,"really upsetting":0.45,"received one":0.52,"refreshing":0.46,"refreshing my":0.48,"regards":-1.02,"reply":0.39,"reply after":0.33,"reply and":0.52,"round really":0.61,"rude":0.39,"rude to":0.39,"rush":-0.33,"sad":0.52,"sad not":0.52,"shame":0.55,"shame nobody":0.55,"short":0.38,"short reply":0.52,"side":0.33,"silence":0.99,"silence since":0.79,"since":0.63,"since our":0.71,"since the":0.7,"since then":0.33,"sincerely":-0.8,"sir it":0.42,"so long":0.42,"something by":0.34,"stand":0.42,"still nothing":0.72,"sure":-0.32,"tbh":0.35,"tbh nobody":0.35,"ten":0.42,"ten days":0.48,"thanks":-0.69,"thanks again":-0.33,"that no":0.4,"the dark":0.89,"the decency":0.55,"the final":0.48,"the interview":0.45,"the silence":0.5,"the wait":0.42,"the whole":0.36,"then has":0.35,"there":-0.37,"things":0.38,"things stand":0.53,"this":-0.33,"this interview":0.35,"this long":0.41,"thought i'd":0.32,"three":0.66,"three weeks":0.97,"to be":0.88,"to get":0.48,"to go":0.37,"to have":0.42,"to let":0.41,"to me":0.46,"to update":0.55,"to wait":0.42,"to work":-0.41,"told i'd":0.31,"tom":-0.32,"took a":0.35,"touch since":0.51,"two":-0.36,"understand":0.31,"understand you're":0.49,"up since":0.4,"update":0.55,"update me":0.55,"upsetting":1.03,"upsetting to":0.59,"very painful":0.42,"wait":0.69,"wait so":0.42,"wait with":0.45,"want":-0.37,"warm":-0.32,"warm regards":-0.31,"was a":-0.48,"was hoping":0.69,"was promised":0.33,"was told":0.31,"way from":0.49,"we":-0.37,"weeks":0.66,"weeks is":0.49,"where things":0.53,"whether":-0.38,"which":0.94,"which is":0.95,"which isn't":0.34,"whole":0.36,"whole process":0.4,"wishes":-0.36,"with no":0.71,"within a":0.31,"without":0.52,"without any":0.59,"would have":0.62,"yesterday":-0.36,"you're busy":0.49,"yours":-0.57}},{"flag":"passive-aggressive","code":"AV508","bias":-5.7728,"weights":{"0":-0.36,"0 0":-0.47,"0 staff":0.62,"a":-0.32,"a mistake":-0.35,"a record":0.85,"a response":0.52,"a second":-0.42,"a sign":0.51,"accept":-0.34,"actually":1.76,"actually gets":0.68,"actually reaches":0.97,"actually received":0.66,"actually seem":-0.33,"advance":1.07,"advance for":1.07,"after":-0.44,"again":0.6,"again for":-0.35,"again i":0.6,"again to":0.61,"air":0.47,"all":-0.4,"am following":0.6,"an":-0.33,"answer the":0.61,"any day":0.46,"application":0.92,"application this":0.66,"are":-0.33,"as":0.66,"as a":0.37,"as i":0.63,"as i've":0.7,"as stated":0.93,"assume you":0.38,"at your":0.56,"attached":-0.38,"attaching":0.48,"attaching my":0.48,"available":1.04,"available any":0.91,"back":0.82,"back to":0.61,"be a":0.59,"be clear":0.61,"because i":0.56,"been far":0.37,"been too":0.38,"been waiting":0.75,"before":0.33,"before i":0.9,"best":-0.89,"best wishes":-0.31,"busy":0.91,"busy so":0.41,"busy to":0.74,"by":-0.34,"can start":0.69,"case":1.07,"case it":0.91,"case it's":0.48,"checking":0.43,"checking you":0.66,"cheers":-0.66,"clear":0.54,"clear i":0.61,"cluster":-0.35,"com":-0.64,"com in":-0.37,"communication":0.55,"communication works":0.58,"conversation tuesday":-0.35,"corrected":-0.35,"corrected version":-0.35,"course":0.6,"course i've":0.75,"cv":1.45,"cv for":0.48,"cv in":0.49,"day this":0.51,"dear":-0.92,"dear mr":-0.43,"dear ms":-0.4,"deciding":0.33,"deciding same":0.34,"decision":-0.34,"did answer":0.61,"didn't":0.4,"didn't see":0.42,"do":-0.39,"dr":-0.34,"during the":0.33,"earlier":0.54,"earlier email":0.56,"earlier messages":0.38,"earlier note":-0.35,"email":1.66,"email because":0.56,"email i'm":0.35,"email reached":0.5,"email which":0.42,"emails":0.79,"emails i":0.44,"employer":-0.6,"employer treated":-0.3,"employer you":-0.33,"ended":0.55,"ended up":0.55,"even":0.39,"even for":0.85,"example":-0.4,"example com":-0.34,"except":-0.44,"except tuesday":-0.41,"explained":0.59,"explained more":0.67,"extremely":0.41,"extremely busy":0.41,"eze":-0.33,"far":0.37,"far too":0.37,"finally":1.07,"finally getting":1.07,"floating":0.64,"floating this":0.64,"folder":0.55,"follow":0.95,"follow up":0.95,"following":1.06,"following up":1.15,"for 0":0.62,"for a":-0.46,"for finally":1.07,"for hr":0.85,"from last":0.8,"gap":0.6,"gap in":0.6,"get":-0.43,"gets":0.68,"gets a":0.68,"getting":0.77,"getting back":1.07,"gone":0.48,"gone missing":0.48,"good":-0.39,"got lost":0.43,"grace":-0.49,"had":-0.53,"had a":-0.46,"hannah":-0.54,"has":-0.61,"has been":-0.45,"have":-0.32,"have vanished":0.47,"hear":-0.3,"heard":0.4,"heard back":0.56,"here":0.35,"here it":0.5,"hi":-1.1,"honestly":-0.44,"hope this":0.87,"hopefully":0.68,"hopefully this":0.68,"how communication":0.58,"hr":0.65,"i assume":0.42,"i can":0.55,"i did":0.47,"i explained":0.67,"i have":-0.42,"i hope":-0.34,"i mentioned":0.34,"i never":0.56,"i pointed":0.35,"i sent":0.52,"i will":-0.31,"i'd":-0.47,"i'll":0.69,"i'll keep":0.41,"i'll take":0.87,"i'm available":1.07,"i'm not":-0.39,"i'm resending":0.56,"i'm sure":0.58,"i've been":-0.41,"i've now":0.7,"i've only":0.72,"i've run":0.49,"if my":0.5,"in advance":1.07,"in case":1.37,"in it":-0.34,"in my":0.75,"in the":-0.35,"in your":0.37,"inbox":0.87,"inbox again":0.91,"interview":-0.33,"interview any":-0.41,"interview i've":0.66,"into thin":0.47,"is":-0.37,"is once":0.5,"is the":-0.39,"it got":0.43,"it so":-0.35,"it's gone":0.48,"job":-0.63,"just":1.05,"just checking":0.55,"just floating":0.64,"just resending":0.43,"keen":-0.33,"keep this":0.41,"kind":-0.58,"kind regards":-0.46,"lag":-0.35,"lag on":-0.35,"last":0.95,"last email":0.91,"last employer":-0.51,"last three":0.37,"last time":0.41,"last two":1.22,"last week":0.57,"left":-0.31,"like i":0.61,"like last":0.41,"linkedin":-0.37,"linkedin com":-0.37,"lost":0.91,"lost again":0.49,"lost the":0.43,"made":-0.33,"march":0.32,"marcus":-0.32,"maya":-0.32,"mean you're":0.34,"mentioned":0.69,"mentioned in":0.44,"mentioned twice":0.7,"messages":1.29,"messages ended":0.55,"messages seem":0.47,"missing":0.48,"missing again":0.48,"mistake":-0.34,"mistake in":-0.35,"monday":0.57,"more than":0.67,"mr":-0.48,"mrs":-0.39,"ms":-0.58,"must":0.72,"must be":0.85,"my application":0.92,"my cv":1.45,"my earlier":0.58,"my follow":0.8,"my last":0.9,"my previous":1.16,"need":-0.37,"never":0.47,"never heard":0.56,"no rush":0.58,"not":-0.49,"not sure":0.39,"note had":-0.35,"note i'm":0.57,"now":0.3,"now mentioned":0.7,"nurses":-0.38,"of course":0.75,"of how":0.37,"of your":0.64,"on monday":0.83,"on our":-0.44,"on whether":-0.31,"once":1.33,"once again":0.49,"once during":0.67,"one":0.79,"one actually":1.64,"only":0.53,"only been":0.75,"other":-0.31,"out in":0.34,"payroll":0.54,"payroll for":0.63,"per":0.95,"per my":0.98,"perhaps":0.55,"perhaps my":0.55,"please":-0.48,"pointed":0.35,"pointed out":0.35,"position":-0.32,"postgres":-0.35,"postgres replication":-0.35,"previous":1.54,"previous email":0.35,"previous messages":0.55,"previous note":0.57,"previous two":0.43,"priya":-0.43,"question about":0.31,"reached":0.47,"reached you":0.5,"reaches":0.93,"reaches you":0.97,"read my":0.31,"really":-0.53,"reattaching":0.49,"reattaching my":0.49,"received":0.41,"received my":0.63,"record":0.82,"record even":0.85,"regards":-1.02,"replication":-0.35,"replication lag":-0.35,"reply to":0.3,"reporting":-0.36,"reporting cluster":-0.35,"resending":1.42,"resending my":0.56,"resending this":0.89,"response":0.51,"run payroll":0.67,"rush":0.49,"rush of":0.74,"same as":0.34,"second interview":-0.4,"second round":0.64,"see i'm":0.42,"sent":0.52,"sent on":0.52,"short like":0.41,"sign":0.48,"sign of":0.58,"silence":0.66,"silence as":0.58,"silence to":0.34,"simply":0.38,"simply been":0.38,"since":0.42,"since march":0.75,"since my":0.36,"sincerely":-0.82,"so here":0.5,"so i'll":0.41,"so this":-0.35,"soon":-0.33,"spam":0.55,"spam folder":0.55,"start on":0.43,"stated":0.93,"stated twice":0.93,"status":0.6,"status of":0.6,"still deciding":0.34,"still interested":0.44,"still waiting":0.42,"sure":0.8,"sure if":0.5,"sure you're":0.41,"sure you've":0.6,"take":0.31,"take the":0.84,"than":0.39,"than once":0.67,"thanks":-0.57,"thanks again":-0.86,"thanks in":1.07,"the corrected":-0.35,"the follow":0.52,"the gap":0.61,"the postgres":-0.35,"the previous":0.43,"the question":0.41,"the reporting":-0.35,"the second":0.62,"the silence":0.82,"the status":0.6,"the top":0.88,"there":-0.3,"thin":0.39,"thin air":0.47,"this":0.56,"this in":0.43,"this is":-0.5,"this job":-0.38,"this one":1.64,"this short":0.41,"this since":0.47,"this time":0.57,"this to":0.91,"three":0.47,"three emails":0.37,"three weeks":0.58,"time in":0.48,"times":0.68,"to have":0.39,"to me":0.53,"to mean":0.34,"to read":0.31,"to value":-0.33,"tom":-0.32,"too":0.72,"too busy":0.74,"top":0.74,"top of":0.91,"treated":-0.3,"tuesday":-0.48,"tuesday about":-0.31,"twice":1.51,"twice before":0.84,"twice i'm":0.7,"two":0.69,"two emails":0.44,"two messages":0.47,"two times":0.76,"unlike":-0.4,"unlike my":-0.4,"up":0.44,"up from":0.8,"up i":0.52,"up in":0.51,"up on":1.38,"us":-0.3,"value":-0.33,"value your":-0.33,"vanished":0.47,"vanished into":0.47,"version":-0.34,"very":-0.34,"waiting":0.99,"waiting on":0.42,"waiting since":0.75,"warm":-0.33,"warm regards":-0.32,"was a":-0.37,"was lost":0.49,"we":-0.48,"week except":-0.44,"weeks must":0.85,"well":-0.47,"whether":-0.48,"which i":0.42,"will":-0.47,"wishes":-0.35,"works":0.53,"works at":0.58,"wow":0.85,"wow three":0.85,"you didn't":0.42,"you so":0.32,"you're":0.39,"you're extremely":0.41,"you're still":0.34,"you've":0.6,"you've been":0.37,"you've simply":0.38,"your company":0.56,"your inbox":0.91,"your nurses":-0.33,"your spam":0.55,"yours":-0.59}},{"flag":"badmouth","code":"AV510","bias":-5.7329,"weights":{"0":-0.42,"0 0":-0.54,"<q>":-0.61,"a bit":-0.48,"a boss":0.42,"a bully":0.93,"a clueless":0.52,"a crook":0.56,"a great":-0.33,"a joke":0.37,"a nightmare":1.25,"a relief":0.93,"a rota":0.41,"a shambles":0.56,"a similar":-0.32,"about teaching":0.45,"accept":-0.31,"actually":0.76,"actually seem":0.49,"actually seemed":0.55,"after four":0.52,"after years":0.42,"again":-0.38,"all":-0.38,"an":-0.34,"and dishonest":0.5,"and everyone":0.44,"and management":0.48,"and shout":0.5,"and the":0.35,"any modern":0.52,"appealed":0.56,"appealed to":0.56,"applying":0.69,"approach":0.52,"approach was":0.52,"are":0.63,"are completely":0.62,"are lazy":0.77,"as":-0.44,"at everyone":0.42,"at had":0.43,"at my":0.56,"at now":0.97,"at staff":0.5,"attached":-0.32,"awful":0.43,"awful leadership":0.43,"back":-0.3,"backed":0.43,"backed us":0.43,"backward":0.52,"backward and":0.52,"badly":0.99,"badly run":0.99,"because":0.47,"because my":0.52,"because their":0.5,"been":-0.33,"been a":0.37,"belittles":0.93,"belittles the":0.93,"best":-0.92,"best wishes":-0.31,"bit":-0.52,"boss":1.32,"boss is":0.52,"boss who":0.42,"boss you":0.55,"bottom":0.52,"bully":0.93,"bully and":0.93,"by":-0.34,"call centre":0.48,"calm":0.41,"calm style":0.42,"can't":0.31,"can't wait":0.36,"carrying":0.49,"carrying them":0.49,"centre":0.43,"centre is":0.48,"cheers":-0.66,"clueless":0.52,"clueless director":0.52,"co workers":0.36,"com":-0.53,"company":0.7,"company is":0.49,"company was":0.88,"completely":0.85,"completely out":0.62,"completely useless":0.45,"constantly":0.93,"constantly belittles":0.93,"corners":0.56,"corners everywhere":0.56,"couldn't":0.68,"couldn't organise":0.41,"covering":0.36,"covering for":0.36,"crook":0.56,"crook who":0.56,"culture":0.32,"culture was":0.4,"current":1.09,"current employer":0.52,"current manager":0.97,"current store":0.36,"current team":0.76,"cut":0.32,"cut corners":0.56,"day":-0.39,"dear":-0.94,"dear mr":-0.43,"dear ms":-0.41,"department":0.41,"department is":0.46,"desperate":0.47,"desperate to":0.52,"director":0.51,"director your":0.52,"dirt":0.4,"dirt so":0.4,"dishonest":0.5,"do":-0.31,"doing":0.41,"don't":0.76,"don't know":0.49,"don't pay":0.5,"down":-0.32,"dr":-0.39,"employer":1.76,"employer has":0.48,"employer treated":0.88,"employer you":0.49,"everyone":0.66,"everyone knows":0.46,"everyone your":0.42,"everywhere":0.56,"example":-0.43,"example com":-0.36,"eze":-0.33,"firm":0.36,"firm was":0.56,"foods":0.45,"foods because":0.5,"for lazy":0.36,"four years":0.41,"from top":0.52,"get":-0.42,"good":-0.43,"grace":-0.49,"grateful":-0.35,"great":-0.4,"had awful":0.43,"hannah":-0.53,"has":0.44,"has no":1.0,"have":-0.36,"head":1.28,"head has":0.48,"head never":0.43,"head of":0.43,"her":0.42,"hi":-1.1,"honestly":0.64,"honestly my":1.1,"hope":-0.61,"i can't":0.43,"i only":0.5,"i ran":-0.4,"i taught":0.43,"i was":-0.32,"i work":1.25,"i'd":-0.59,"i'm applying":0.69,"i'm at":0.48,"i'm desperate":0.48,"i'm grateful":-0.3,"i'm tired":0.84,"i've":-0.7,"i've been":-0.32,"idea":0.67,"idea about":0.48,"idea how":0.35,"if":-0.42,"in":-0.33,"in my":-0.36,"incompetent":1.17,"incompetent and":0.5,"incompetent which":0.69,"is a":0.92,"is badly":0.48,"is completely":0.45,"is incompetent":0.69,"is very":0.46,"is why":0.91,"it was":-0.5,"it's":-0.32,"job the":0.56,"joke":0.37,"joke nobody":0.37,"just lets":0.48,"kind":-0.6,"kind regards":-0.44,"knew":0.37,"knew what":0.37,"know any":0.52,"knows":0.46,"knows it":0.46,"last":0.41,"last company":0.32,"last employer":0.97,"last school":0.34,"lazy":1.11,"lazy and":0.77,"lazy co":0.36,"lead":0.58,"lead is":0.69,"leadership":0.43,"leadership and":0.43,"leave":0.86,"leave because":0.52,"left zenith":0.5,"lets":0.48,"lets her":0.48,"like dirt":0.4,"like numbers":0.74,"listen":0.55,"lives":0.5,"management":1.36,"management at":0.41,"management just":0.48,"management was":0.5,"manager":0.57,"manager has":0.54,"manager is":0.45,"managers":0.56,"managers are":0.62,"marcus":-0.31,"maya":-0.32,"modern":0.52,"modern tools":0.52,"mr":-0.5,"mrs":-0.39,"ms":-0.59,"my boss":0.52,"my current":1.29,"my department":0.46,"my last":0.77,"my old":1.03,"my present":0.46,"my previous":0.5,"my store":0.41,"my supervisor":1.63,"my team":0.69,"never":0.54,"never backed":0.43,"new starters":0.8,"nightmare":1.25,"nightmare to":0.75,"no":0.42,"no idea":1.0,"nobody there":0.37,"not":-0.54,"note":-0.36,"now":1.11,"now don't":0.5,"now is":0.48,"now the":0.62,"numbers":0.67,"nurses":0.42,"of carrying":0.49,"of covering":0.36,"of touch":0.62,"old":0.83,"old boss":0.43,"old company":0.52,"on time":0.47,"one":-0.48,"only left":0.5,"organise":0.41,"organise a":0.41,"out":0.4,"out of":0.6,"owner":0.74,"owner was":0.52,"owners":0.5,"owners of":0.5,"pay on":0.47,"people":0.7,"people on":0.49,"please":-0.4,"present":0.44,"present company":0.46,"previous":0.48,"previous employer":0.4,"previous firm":0.56,"priya":-0.43,"programme":0.52,"programme really":0.56,"ran":-0.39,"really":-0.34,"really appealed":0.56,"regards":-1.02,"relief":0.93,"restaurant":0.5,"restaurant i":0.5,"rota":0.35,"rota to":0.41,"run":0.98,"run a":0.35,"run and":0.4,"run from":0.52,"save":0.58,"save their":0.68,"school":0.52,"school i":0.33,"school i'm":0.48,"seem":0.4,"seem to":0.4,"seemed":0.37,"seemed to":0.55,"seniors":0.52,"seniors there":0.52,"shambles":0.56,"shambles so":0.56,"shout":0.5,"shout at":0.5,"shouts":0.42,"shouts at":0.42,"similar":-0.37,"since":-0.33,"sincerely":-0.82,"site":-0.3,"so your":0.95,"staff":0.42,"staff like":0.4,"starters":0.8,"still":-0.36,"store":0.62,"store couldn't":0.41,"structured":0.56,"structured training":0.56,"style":0.42,"style was":0.42,"supervisor":1.54,"supervisor at":0.73,"supervisor constantly":0.93,"taught at":0.43,"teaching":0.43,"team are":0.49,"team lead":0.64,"team's":0.5,"team's approach":0.52,"thanks":-0.67,"thanks again":-0.34,"the call":0.33,"the head":1.34,"the last":0.33,"the managers":0.62,"the new":0.45,"the owner":0.78,"the owners":0.5,"the people":0.76,"the restaurant":0.5,"the school":0.41,"the seniors":0.52,"their":1.14,"their lives":0.68,"their management":0.5,"them":0.39,"there don't":0.52,"there knew":0.37,"they":0.31,"they were":0.37,"this":-0.51,"three":-0.34,"tired":0.84,"tired of":0.84,"to bottom":0.52,"to leave":0.96,"to listen":0.55,"to run":0.35,"to save":0.68,"to value":0.49,"tom":-0.32,"tools":0.46,"top":0.47,"top to":0.52,"training":0.3,"training programme":0.56,"treated":0.88,"treated staff":0.4,"treated us":0.49,"two":-0.4,"under":0.32,"under a":0.49,"unlike":1.02,"unlike my":1.02,"us":1.09,"us like":0.74,"us up":0.43,"useless":0.45,"useless so":0.45,"value":0.49,"value your":0.49,"very backward":0.52,"wait to":0.37,"warm":-0.33,"warm regards":-0.32,"was a":0.65,"was badly":0.52,"was incompetent":0.5,"was refreshing":0.4,"week":-0.48,"well":-0.34,"were doing":0.37,"what they":0.37,"where i":0.42,"which":0.33,"which is":0.57,"who":0.42,"who cut":0.56,"who shouts":0.42,"why":0.79,"why i'm":0.69,"wishes":-0.35,"with the":-0.31,"work for":0.73,"work now":0.62,"workers":0.36,"workers at":0.36,"year":-0.34,"years":0.37,"years under":0.52,"you actually":0.89,"you are":-0.33,"your calm":0.42,"your culture":0.4,"your nurses":0.49,"your structured":0.56,"your team's":0.52,"yours":-0.55,"zenith":0.49,"zenith foods":0.5}},{"flag":"pay-perks","code":"AV505","bias":-5.7283,"weights":{"0 0":-0.56,"0 a":0.6,"13th":0.41,"13th month":0.45,"<q>":2.71,"a bonus":0.65,"a car":0.31,"a company":0.62,"a decision":-0.31,"a discount":0.45,"a gym":0.43,"a half":0.61,"a month":0.6,"a no":-0.49,"a raise":0.56,"a relocation":0.39,"a rough":-0.41,"a sign":0.35,"a signing":0.39,"a week":0.35,"a yes":-0.38,"able":0.42,"able to":0.42,"after probation":0.56,"after tax":0.43,"afternoon":-0.33,"again":-0.38,"all":-0.37,"allowance":0.73,"allowance or":0.31,"also":2.01,"also appreciate":0.49,"also confirm":0.43,"also share":0.44,"also wanted":0.34,"also wondering":0.36,"an":-0.37,"and a":1.38,"and bonuses":0.5,"and do":0.45,"and health":0.87,"and if":0.43,"and rice":0.45,"and the":-0.31,"annual":0.91,"annual leave":0.95,"any flexibility":0.44,"any joining":0.44,"any news":-0.37,"any room":0.46,"any update":-0.53,"anything":-0.33,"anything else":-0.31,"appreciate knowing":0.49,"are":0.3,"are included":0.45,"are pay":0.5,"as well":0.43,"ask":0.79,"ask about":0.87,"at least":0.54,"at time":0.61,"attached":-0.32,"away":0.33,"be able":0.44,"be any":0.46,"be at":0.42,"been":-0.48,"before":-0.48,"before going":0.66,"before i":-0.41,"before you":-0.47,"begins":-0.38,"begins on":-0.38,"best":-0.89,"best wishes":-0.33,"biweekly":0.45,"biweekly paychecks":0.45,"bonus":1.75,"bonus at":0.65,"bonus for":0.51,"bonus or":0.39,"bonuses":0.5,"bonuses given":0.5,"breakup":0.44,"breakup and":0.44,"by":-0.42,"can you":0.65,"car":1.26,"car allowance":0.31,"car straight":0.44,"chance":-0.42,"cheers":-0.69,"com":-0.56,"come with":0.36,"comes":1.2,"comes with":1.2,"company":0.66,"company car":1.04,"company offer":0.31,"could i":0.71,"covers":0.43,"covers my":0.49,"ctc":0.44,"ctc breakup":0.44,"curious":0.45,"curious whether":0.45,"date":-0.37,"date in":-0.38,"day":-0.5,"day one":-0.38,"days":0.68,"days a":0.44,"days of":0.36,"dear":-0.94,"dear mr":-0.44,"dear ms":-0.41,"decide":-0.48,"decision":-0.52,"discount":0.45,"discount on":0.45,"do new":0.44,"do weekly":0.45,"does":1.19,"does the":1.19,"don't":-0.45,"dr":-0.35,"else":-0.33,"end of":0.42,"example":-0.42,"example com":-0.36,"expect in":0.71,"expect to":-0.43,"eze":-0.33,"family and":0.43,"first pay":0.49,"first year":0.3,"flexibility":0.44,"flexibility on":0.44,"for nurses":0.51,"for this":1.04,"free":0.5,"free meals":0.73,"fridays":0.64,"from home":1.11,"fuel card":0.31,"further":0.56,"further i'd":0.66,"get":1.36,"get a":0.55,"get free":0.73,"get in":0.36,"get the":0.44,"given":0.39,"going further":0.66,"good":-0.39,"got":-0.3,"grace":-0.5,"guys":0.44,"guys do":0.45,"gym":0.86,"gym membership":0.86,"half":0.5,"hannah":-0.53,"has":-0.33,"have":-0.51,"health":0.47,"health insurance":1.36,"hi":-1.11,"holiday":0.33,"holiday would":0.36,"home":1.21,"home after":0.43,"home on":0.68,"home three":0.44,"honestly":-0.38,"hope":-0.52,"hourly":1.28,"hourly pay":0.45,"hourly rate":0.57,"hourly wage":0.46,"how many":0.71,"how much":0.57,"how often":0.5,"i be":0.68,"i expect":0.47,"i get":0.81,"i have":-0.31,"i sign":-0.38,"i wanted":0.32,"i'd also":0.73,"i'd like":0.66,"i'd love":-0.32,"i'd want":0.66,"i'll":-0.56,"i'm":-0.61,"i've":-0.52,"idea":-0.53,"idea of":-0.41,"if i":-0.34,"in this":0.7,"include":0.81,"include a":0.39,"include health":0.43,"included":0.43,"insurance":1.36,"insurance begins":-0.38,"insurance covers":0.49,"insurance for":0.43,"is for":0.31,"is it":-0.38,"is mine":-0.4,"is overtime":1.03,"is there":0.51,"it":-0.33,"it a":-0.38,"it's":-0.31,"its":-0.39,"job is":-0.4,"job pay":0.47,"join":-0.33,"joining bonus":0.44,"just curious":0.45,"kind of":0.48,"kind regards":-0.57,"kindly also":0.44,"know how":0.77,"know what":-0.4,"knowing":0.49,"knowing when":0.49,"last":-0.36,"least":0.49,"least r45":0.66,"leave":1.1,"leave come":0.36,"leave comes":0.6,"like to":0.49,"longer":-0.52,"longer before":-0.47,"love":-0.32,"make":-0.43,"many":0.53,"many days":0.36,"many weeks":0.36,"marcus":-0.31,"maya":-0.33,"me the":-0.31,"me what":1.05,"meals":0.73,"meals on":0.73,"membership":0.86,"membership and":0.44,"mine":-0.39,"month":0.55,"month pay":0.45,"mr":-0.49,"mrs":-0.39,"ms":-0.59,"much annual":0.6,"much does":0.47,"much longer":-0.47,"my parents":0.49,"need":-0.41,"negotiate":0.46,"negotiate the":0.46,"new starters":0.34,"news":-0.38,"news on":-0.37,"next":-0.37,"no":-0.53,"not":-0.53,"now":-0.31,"nurses":0.4,"nurses who":0.51,"of annual":0.36,"of holiday":0.36,"of salary":0.71,"of when":-0.41,"offer a":0.31,"offer and":-0.41,"office":-0.31,"often":0.4,"often are":0.5,"on bonus":0.51,"on day":-0.38,"on fridays":0.64,"on shift":0.73,"on takeaways":0.45,"on the":-0.37,"on weekends":0.47,"on working":0.44,"one":-0.49,"or biweekly":0.45,"or fuel":0.31,"or not":-0.35,"overtime":0.94,"overtime allowance":0.43,"overtime paid":0.61,"package":1.02,"package to":0.66,"paid":0.85,"paid at":0.61,"panel":-0.42,"parents":0.49,"parents as":0.49,"pay":1.77,"pay and":0.89,"pay on":0.39,"pay review":0.49,"pay reviews":0.5,"paychecks":0.45,"pension":0.83,"pension and":0.87,"please also":0.43,"position":0.77,"position include":0.43,"priya":-0.48,"probation":0.56,"r45":0.66,"r45 0":0.66,"raise":0.56,"raise after":0.56,"range":0.31,"range is":0.31,"rate":0.56,"rate is":0.57,"really":-0.52,"regards":-1.09,"relocation":0.39,"relocation package":0.39,"review":0.42,"review would":0.49,"reviews":0.47,"reviews and":0.5,"rice":0.45,"rice subsidy":0.45,"role comes":0.62,"role include":0.39,"room to":0.46,"rough":-0.41,"rough idea":-0.41,"salary":1.3,"salary and":-0.38,"salary could":0.71,"salary for":0.8,"salary range":0.31,"share":0.62,"share the":0.44,"share whether":0.49,"shift":0.41,"shift and":0.43,"sign could":-0.38,"sign on":0.51,"signing":0.39,"signing bonus":0.39,"sincerely":-0.83,"so":-0.45,"staff":0.39,"staff get":0.73,"start date":-0.37,"start this":0.51,"starters":0.34,"starters get":0.44,"straight":0.41,"straight away":0.44,"subsidy":0.45,"subsidy are":0.45,"take home":0.43,"take place":0.49,"takeaways":0.45,"tax":0.43,"tax and":0.43,"team":-0.32,"tell":0.47,"tell me":0.53,"thanks":-0.74,"thanks again":-0.36,"the 13th":0.45,"the company":0.56,"the ctc":0.44,"the end":0.43,"the first":0.5,"the gym":0.44,"the hourly":1.34,"the job":0.36,"the new":-0.33,"the package":0.65,"the panel":-0.41,"the pension":0.87,"the position":0.55,"the role":0.39,"the salary":0.65,"the start":-0.36,"the take":0.43,"the timeline":-0.41,"the written":-0.38,"the year":0.63,"there":0.82,"there a":0.94,"there be":0.46,"there is":0.49,"this position":0.94,"this role":0.72,"this summer":0.33,"three days":0.44,"time and":0.41,"timeline":-0.57,"to ask":0.96,"to join":-0.32,"to know":1.0,"to negotiate":0.46,"today":-0.32,"tom":-0.33,"up":-0.48,"update":-0.55,"update on":-0.52,"wage":0.4,"want the":0.66,"wanted":0.46,"wanted to":0.53,"warm":-0.33,"warm regards":-0.31,"was":-0.31,"was a":-0.33,"was also":0.36,"we":-0.3,"weekends":0.4,"weekly or":0.45,"weeks of":0.31,"what kind":0.71,"what the":0.86,"what's":0.8,"what's the":0.8,"whats":0.45,"whats the":0.45,"when":-0.41,"when the":0.3,"whether staff":0.45,"who start":0.51,"will":-0.57,"will be":-0.41,"wishes":-0.39,"with a":0.44,"wondering":0.35,"wondering how":0.36,"work from":0.68,"working from":0.44,"would i":1.57,"would take":0.49,"would the":0.39,"would there":0.46,"written":-0.4,"written offer":-0.38,"year":0.65,"yes":-0.38,"yes or":-0.38,"yet":-0.66,"you confirm":-0.47,"you decide":-0.46,"you guys":0.44,"you share":0.49,"you tell":1.05,"yours":-0.56}},{"flag":"self-putdown","code":"AV507","bias":-5.7193,"weights":{"0":-0.31,"0 0":-0.44,"<q>":-0.54,"a bit":0.55,"a colleague":0.5,"a degree":0.46,"a mess":0.76,"a nervous":0.75,"about budgets":0.79,"about conflict":0.5,"about that":0.41,"accept":-0.39,"across":0.87,"across as":0.9,"adeyemi":-0.36,"afraid":0.76,"afraid my":0.76,"after":-0.55,"again":-0.48,"against":0.42,"against me":0.46,"age":0.39,"age i'm":0.39,"all over":0.45,"am not":0.63,"an idiot":0.49,"and it":0.49,"and my":0.42,"answer":-0.39,"answers":1.76,"answers i":0.63,"answers were":1.17,"any":-0.37,"anyway":0.37,"applicant":0.43,"applicant you":0.43,"applicants":0.32,"as":0.37,"as quick":0.39,"as the":0.61,"as totally":0.47,"at interviews":0.53,"attached":-0.34,"aware":0.5,"aware i'm":0.5,"awkward":0.6,"awkward i'm":0.6,"back":-0.38,"bad":0.53,"bad at":0.53,"be what":0.44,"because":-0.4,"been":-0.5,"being so":0.5,"best":-0.91,"best wishes":-0.33,"bit":0.46,"bit of":0.76,"blank":0.63,"blank on":0.63,"blanked":0.99,"blanked on":0.99,"budget":0.63,"budget question":0.63,"budgets":0.79,"busy":-0.49,"but":1.13,"but i":0.82,"but i'd":0.59,"by":-0.39,"came":0.76,"came across":0.9,"can":-0.38,"candidate":0.44,"candidate but":0.46,"care":-0.32,"case":0.64,"case study":0.89,"cheers":-0.67,"colleague":0.5,"com":-0.56,"communication":0.48,"communication was":0.5,"company":-0.32,"completely blanked":0.57,"computers":0.39,"computers as":0.39,"conflict":0.5,"conflict with":0.5,"counts":0.43,"counts heavily":0.46,"current":-0.38,"cv is":0.44,"day":-0.39,"dear":-0.94,"dear mr":-0.43,"dear ms":-0.41,"degree":0.46,"degree probably":0.46,"delighted":-0.33,"delighted to":-0.32,"did":0.51,"did not":0.35,"did terribly":0.79,"do justice":0.5,"don't think":0.61,"doubt":0.37,"doubt i'm":0.37,"dr":-0.36,"earlier":-0.37,"email":-0.47,"embarrassing":1.59,"enough":0.61,"enough for":0.61,"example":-0.42,"example com":-0.35,"experience will":0.65,"experienced":0.87,"experienced applicant":0.43,"experienced person":0.5,"eze":-0.34,"feel i":0.5,"fluffed":0.79,"fluffed the":0.79,"for being":0.35,"for but":0.37,"for rambling":0.53,"for this":0.48,"for three":-0.31,"forgive":0.63,"forgive me":0.63,"forgot":0.49,"forgot half":0.49,"fumbled":0.5,"fumbled the":0.5,"get it":0.65,"good enough":0.61,"good speaker":0.63,"got":0.33,"got the":0.47,"grace":-0.5,"grateful":-0.33,"had":-0.37,"half":0.41,"half of":0.49,"hannah":-0.53,"has":-0.36,"have":-0.34,"heard":-0.42,"heavily":0.46,"heavily against":0.46,"hi":-1.1,"honestly":-0.46,"hope":-0.45,"hopeless":0.6,"hopeless in":0.6,"hoping":-0.37,"how":-0.38,"i completely":0.37,"i did":0.88,"i don't":0.37,"i doubt":0.37,"i feel":0.45,"i fluffed":0.79,"i forgot":0.49,"i fumbled":0.5,"i got":0.48,"i have":-0.41,"i know":1.53,"i may":0.38,"i must":0.44,"i probably":0.68,"i realise":1.29,"i totally":0.43,"i wanted":0.39,"i was":0.67,"i work":0.37,"i'll":-0.51,"i'm":1.25,"i'm afraid":0.76,"i'm aware":0.5,"i'm hopeless":0.6,"i'm kicking":0.51,"i'm not":1.29,"i'm probably":1.11,"i'm really":0.83,"i'm sorry":0.45,"i'm still":-0.34,"i'm sure":0.93,"i'm what":0.37,"i've":-0.46,"idiot":0.49,"if":-0.61,"in interviews":0.6,"in my":-0.38,"interviewed":0.5,"interviews":0.77,"is rather":0.44,"it over":0.65,"it probably":0.75,"it was":-0.41,"job":-0.36,"join":-0.31,"just":-0.31,"justice":0.5,"justice to":0.5,"keen":-0.32,"kicking":0.51,"kicking myself":0.51,"kind":-0.55,"kind regards":-0.47,"know":0.48,"know i":1.44,"know my":0.75,"lack":0.46,"lack of":0.46,"last":-0.55,"least experienced":0.5,"like an":0.49,"looked like":0.49,"looking":0.41,"looking for":0.68,"madam":0.5,"marcus":-0.31,"may not":0.44,"maya":-0.33,"me for":0.45,"mess":0.76,"mind":0.49,"mind went":0.63,"more experience":0.65,"most experienced":0.43,"mr":-0.52,"mrs":-0.41,"ms":-0.59,"much i'm":0.53,"must":0.39,"must have":0.49,"my age":0.39,"my answers":1.17,"my communication":0.5,"my current":-0.33,"my earlier":-0.36,"my lack":0.46,"my last":-0.41,"my mind":0.54,"my poor":0.63,"my presentation":0.73,"myself":0.74,"myself and":0.44,"nervous":1.38,"nervous i":0.49,"nervous wreck":0.75,"never":-0.32,"not":1.41,"not a":0.63,"not as":0.63,"not be":0.44,"not do":0.5,"not the":1.14,"now":-0.34,"numbers":0.38,"numbers wrong":0.51,"of a":1.1,"one":-0.46,"over":0.56,"over me":0.65,"over the":0.41,"person":0.49,"person you":0.5,"please":-0.43,"poor":1.11,"poor answers":0.63,"poor madam":0.5,"presentation":0.73,"presentation was":0.76,"pretty":0.73,"pretty weak":0.75,"priya":-0.43,"probably":2.76,"probably came":0.68,"probably counts":0.46,"probably not":0.63,"probably showed":0.75,"probably the":0.5,"question":1.41,"question about":0.7,"question so":0.63,"question which":0.43,"questions":0.59,"quick with":0.39,"rambling":0.53,"rambling so":0.53,"rather":0.34,"rather thin":0.44,"realise":1.29,"realise i'm":0.43,"realise my":0.89,"really bad":0.53,"really good":0.61,"regards":-1.03,"resending":-0.32,"role but":0.61,"safety":0.31,"safety question":0.43,"saw":0.35,"say":0.6,"say i":0.49,"say thanks":0.37,"sharpest":0.46,"sharpest candidate":0.46,"short":-0.33,"showed":0.47,"since":-0.36,"sincerely":-0.83,"so all":0.45,"so awkward":0.6,"so embarrassing":0.63,"so i":-0.38,"so nervous":0.49,"someone":0.56,"someone with":0.65,"sorry":1.96,"sorry about":0.47,"sorry for":1.11,"sorry my":0.45,"speaker":0.63,"start":-0.34,"still":-0.37,"study":0.87,"study and":0.51,"study which":0.57,"sure":0.95,"sure i":0.73,"sure someone":0.65,"technical":0.74,"technical questions":0.79,"terribly":0.79,"terribly on":0.79,"thanks":-0.55,"thanks anyway":0.37,"the budget":0.63,"the case":0.88,"the least":0.5,"the numbers":0.49,"the place":0.42,"the question":0.89,"the safety":0.43,"the sharpest":0.46,"the technical":0.74,"the younger":0.39,"thin":0.41,"thin and":0.44,"think":0.41,"think i'm":0.61,"this":-0.42,"this role":0.38,"three":-0.56,"to accept":-0.33,"to be":-0.48,"to myself":0.5,"to say":0.67,"to try":0.61,"tom":-0.33,"totally":0.89,"totally blanked":0.43,"totally unprepared":0.47,"try":0.61,"two":-0.42,"understand":-0.38,"unprepared":0.68,"unprepared sorry":0.47,"up":-0.4,"very poor":0.5,"wanted":0.35,"wanted to":0.4,"warm":-0.33,"warm regards":-0.32,"was embarrassing":0.99,"was so":0.45,"was very":0.43,"we":-0.33,"weak":0.75,"week":-0.35,"weeks":-0.3,"well":-0.5,"went":0.55,"went blank":0.63,"were":0.8,"were pretty":0.75,"were so":0.45,"what you're":0.55,"which":0.37,"which was":0.99,"will get":0.65,"wishes":-0.36,"with computers":0.39,"with more":0.65,"with the":-0.38,"with you":-0.3,"work hard":0.46,"working":-0.3,"wreck":0.75,"wreck and":0.75,"wrong":0.49,"wrong in":0.51,"years":-0.4,"you interviewed":0.5,"you saw":0.43,"you're looking":0.8,"younger":0.39,"younger applicants":0.39,"yours":-0.56}},{"flag":"begging","code":"AV509","bias":-5.8269,"weights":{"0 0":-0.49,"<q>":-0.67,"a chance":0.39,"a shot":0.68,"about this":-0.37,"absolutely anything":0.33,"accept any":0.63,"actually":-0.47,"afford":0.31,"afford to":0.31,"after":-0.46,"afternoon":-0.33,"again":-0.39,"all":0.8,"all i":1.37,"am begging":0.7,"am desperate":0.57,"am very":-0.31,"an":-0.35,"and my":0.42,"and this":0.57,"and would":0.46,"another no":0.53,"any position":0.63,"any wage":0.68,"are":0.44,"are my":1.17,"as":-0.41,"ask":0.57,"at all":0.87,"at this":0.63,"back":-0.31,"be working":0.68,"been jobless":0.57,"been turned":0.53,"beg":0.53,"beg you":0.53,"begging":1.02,"begging you":1.02,"best":-0.89,"best wishes":-0.32,"bills":0.44,"bills piling":0.44,"but":-0.42,"can":-0.4,"can't":0.61,"can't afford":0.31,"can't take":0.53,"chance":1.11,"chance is":0.71,"chance please":0.31,"cheers":-0.63,"com":-0.54,"company":-0.3,"consider":0.76,"consider me":0.76,"day":-0.32,"dear":-0.91,"dear mr":-0.43,"dear ms":-0.4,"delighted":-0.34,"delighted to":-0.3,"depends":0.64,"depends on":0.64,"desperate":1.1,"desperate at":0.63,"desperate for":0.57,"desperately":0.68,"desperately need":0.68,"do":1.07,"do absolutely":0.33,"do not":0.32,"do whatever":0.76,"dollars":0.57,"dollars and":0.57,"don't":0.46,"don't get":0.68,"don't know":0.65,"don't reject":0.49,"down":1.04,"down so":0.53,"down to":0.51,"dr":-0.33,"else to":0.65,"ever":-0.44,"everything":0.37,"everything to":0.49,"example":-0.41,"example com":-0.35,"eze":-0.31,"family":1.07,"family depends":0.64,"feedback":-0.35,"feel":-0.53,"few":0.51,"few dollars":0.57,"for free":0.31,"free if":0.31,"friday":-0.38,"get this":0.68,"give":1.29,"give me":1.41,"god":0.42,"god do":0.53,"good":-0.47,"got":-0.35,"grace":-0.47,"grateful":-0.33,"hannah":-0.51,"has":-0.37,"have been":0.34,"have bills":0.44,"have nowhere":0.65,"here":0.61,"here one":0.71,"hi":-1.06,"hire":0.68,"hire me":0.68,"honestly":0.35,"honestly don't":0.68,"hope right":1.25,"i ask":0.71,"i beg":0.53,"i can":-0.34,"i don't":0.39,"i honestly":0.68,"i hope":-0.36,"i promise":0.65,"i really":0.86,"i want":-0.33,"i will":0.36,"i'd take":0.6,"i'll":0.76,"i'll do":1.11,"i'm begging":0.34,"i'm desperate":0.55,"i'm down":0.57,"i'm on":0.71,"i'm pleading":1.29,"i'm sure":-0.42,"if i":0.36,"if that's":0.31,"is all":0.71,"it takes":1.06,"job":0.68,"job i":0.84,"job i'll":0.33,"job means":0.49,"job would":0.57,"jobless":0.57,"jobless since":0.57,"just":0.62,"just desperately":0.68,"just hire":0.76,"just please":0.44,"kind":-0.51,"kind regards":-0.46,"knees":0.71,"knees here":0.71,"know if":-0.44,"know what":0.57,"last few":0.57,"left":-0.38,"let this":0.53,"like":-0.31,"lose":0.31,"lose this":0.31,"many":0.33,"many times":0.53,"maya":-0.31,"me a":0.89,"me by":0.46,"me i":0.77,"me my":0.64,"me over":0.59,"me this":0.9,"means":0.49,"means everything":0.49,"meeting":-0.34,"month for":0.31,"more":-0.55,"morning":-0.32,"mr":-0.48,"mrs":-0.37,"ms":-0.57,"my family":1.07,"my knees":0.71,"my only":1.25,"name":0.5,"name of":0.53,"need":0.51,"need this":1.27,"no please":0.53,"no rush":-0.34,"not let":0.53,"not to":0.58,"now":0.81,"nowhere":0.65,"nowhere else":0.65,"of god":0.53,"offer":-0.35,"on it":0.64,"one chance":0.71,"only":1.0,"only hope":1.25,"opportunity":0.43,"opportunity pass":0.53,"or":-0.41,"over this":0.63,"pass":0.91,"pass me":1.14,"pick":0.86,"pick me":0.95,"piling":0.44,"piling up":0.44,"pleading":1.4,"pleading with":1.4,"please":1.12,"please give":0.44,"please i":0.59,"please i'm":0.34,"please pick":0.95,"please please":0.65,"pls":0.57,"pls sir":0.57,"point":0.53,"point and":0.63,"position at":0.46,"priya":-0.41,"promise":0.65,"promise you":0.65,"really can't":0.82,"really have":0.53,"really need":0.77,"really really":0.44,"received":-0.32,"references":-0.36,"regards":-1.0,"regret":0.65,"regret it":0.65,"reject":0.49,"reject me":0.49,"reply":-0.31,"right":1.14,"right now":1.25,"role i":0.62,"rush":-0.37,"save":0.52,"save me":0.57,"shot":0.68,"since 0":0.57,"sincerely":-0.79,"sir":0.46,"sir i":0.61,"so many":0.53,"stand":-0.4,"start":-0.46,"sure":-0.4,"take":0.46,"take another":0.53,"take any":0.68,"takes":0.98,"takes if":0.76,"takes just":0.31,"than":-0.31,"thanks":-0.68,"thanks again":-0.33,"that's what":0.31,"the name":0.5,"things":-0.47,"things stand":-0.32,"this":0.72,"this chance":0.7,"this job":1.62,"this opportunity":0.59,"this point":0.63,"this position":0.37,"this role":0.4,"this time":0.4,"this week":-0.34,"times":0.4,"times that":0.53,"to accept":-0.32,"to consider":0.64,"to give":0.57,"to lose":0.31,"to my":0.48,"to pass":0.62,"to turn":0.65,"to work":-0.36,"tom":-0.31,"turn":0.65,"turn i":0.53,"turned":0.44,"turned down":0.53,"two":-0.38,"under":-0.33,"very":-0.33,"wage":0.65,"wage at":0.68,"want":-0.6,"want this":-0.43,"warm":-0.32,"warm regards":-0.31,"was":-0.32,"week":-0.38,"welcome":-0.34,"well":-0.5,"what i'll":0.68,"what it":0.31,"whatever":0.61,"whatever it":0.72,"where things":-0.32,"whether":-0.45,"will do":0.76,"wishes":-0.34,"with you":0.61,"won't":0.9,"won't regret":0.65,"work the":0.3,"work with":-0.33,"working":0.38,"would accept":0.63,"would save":0.57,"you are":0.7,"you in":0.5,"you just":0.72,"you need":-0.64,"you not":0.63,"you to":1.05,"you well":-0.31,"you won't":0.65,"you're":-0.44,"yours":-0.54}}]};
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
