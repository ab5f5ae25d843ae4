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
  var SENTENCE_MODEL = {"min_score":-0.4055,"categories":[{"flag":"pressure","code":"AV501","bias":-5.7567,"weights":{"0":-0.32,"0 0":-0.43,"0 hours":0.74,"<q>":2.3,"a company":-0.34,"a decision":0.55,"a firm":0.4,"a no":1.29,"a response":0.44,"a ring":0.47,"a verdict":0.81,"a week":-0.36,"a yes":0.86,"accept elsewhere":0.4,"actually":-0.35,"after":-0.56,"again":-0.41,"all":-0.47,"along":0.47,"along i":0.49,"an":0.41,"an answer":0.67,"an update":0.56,"and accept":0.43,"and revert":0.74,"and tell":0.55,"another company":0.57,"answer":2.03,"answer before":0.8,"answer by":0.39,"answer from":0.4,"answer within":0.62,"anxious":0.34,"anxious so":0.34,"any chance":0.58,"any news":0.38,"any paperwork":-0.38,"anything":-0.52,"anything else":-0.34,"application":0.5,"appreciate":0.77,"appreciate a":1.11,"are you":0.5,"aren't interested":0.4,"around":0.76,"around indefinitely":0.59,"as i":0.85,"as two":0.51,"ask":-0.3,"asked":-0.65,"asked for":-0.56,"assessment":-0.42,"assessment will":-0.4,"assume":0.67,"assume you":0.39,"attached":-0.5,"available":-0.32,"back":0.36,"back from":0.84,"be":-0.32,"be at":-0.4,"be calling":0.62,"been asked":-0.38,"been made":0.47,"been selected":0.71,"been successful":0.59,"before":0.61,"before the":0.48,"before then":-0.47,"before you":1.17,"begging":-0.31,"begging you":-0.31,"best":-0.87,"best wishes":-0.32,"bills to":0.49,"bonus":-0.4,"but":-0.34,"by":0.88,"by friday":0.63,"by the":0.3,"by tomorrow":0.65,"by tuesday":0.47,"by wednesday":0.3,"call":-0.33,"calling":0.62,"calling your":0.62,"can i":0.45,"can we":0.49,"can't":0.65,"can't keep":0.49,"can't wait":0.57,"candidates":-0.32,"car":-0.54,"chance you":0.58,"cheers":-0.66,"com":-0.53,"comes":-0.49,"comes with":-0.49,"company car":-0.4,"company is":0.56,"completely":-0.42,"confirm":0.32,"confirm by":1.11,"confirm whether":-0.73,"contract":-0.3,"contract by":-0.3,"convenient":-0.55,"convenient could":-0.36,"could tell":0.58,"could you":-0.53,"current":-0.3,"cut":0.59,"dear":-0.93,"dear mr":-0.43,"dear ms":-0.39,"decide":0.73,"decision":1.45,"decision from":0.53,"decision has":0.47,"decision on":0.57,"decision this":0.49,"delighted":-0.3,"did":0.73,"did i":1.03,"do":-0.43,"do you":0.38,"does":-0.7,"does the":-0.7,"don't hear":0.68,"down":-0.4,"dr":-0.37,"drag":0.47,"drag this":0.47,"either":0.48,"either way":0.48,"else":-0.45,"end of":0.51,"every":0.3,"every day":0.36,"every morning":0.62,"example":-0.45,"example com":-0.36,"expect":0.8,"expect an":1.03,"expedite":0.74,"expedite the":0.74,"eze":-0.31,"fast":0.5,"fast as":0.51,"fifth":0.56,"fifth follow":0.63,"final":0.75,"final answer":0.8,"find out":0.45,"firm answer":0.4,"firms":0.51,"firms want":0.51,"for my":-0.32,"for this":-0.31,"for you":0.58,"forward":-0.34,"fourth":0.54,"fourth time":0.54,"free":-0.44,"friday at":0.53,"friday whether":0.64,"from home":-0.32,"from me":-0.64,"from you":1.09,"get an":0.62,"get your":0.94,"getting anxious":0.34,"give":0.53,"give you":0.47,"going":0.68,"going through":0.49,"going to":0.5,"good":-0.43,"got":0.79,"got it":0.45,"got the":0.79,"grace":-0.49,"had":-0.53,"hannah":-0.52,"has the":0.57,"have":0.4,"have a":-0.31,"have since":-0.54,"have three":0.4,"have you":1.43,"have your":0.62,"hear":0.74,"hear back":0.89,"hear by":0.4,"hear something":0.47,"heard":-0.31,"hearing":-0.37,"help me":0.57,"hi":-1.09,"hire":0.3,"hire me":0.3,"hold":0.4,"holding":0.71,"holding off":0.71,"home":-0.37,"honestly":-0.52,"hope":-0.72,"hope to":-0.39,"hoped":-0.36,"hoped to":-0.36,"hours":0.65,"how much":0.48,"how soon":0.71,"hurry":0.71,"hurry up":0.71,"i can":-0.41,"i can't":1.17,"i don't":0.46,"i expect":1.31,"i got":0.88,"i have":0.33,"i hear":0.47,"i hope":-0.32,"i made":0.33,"i make":1.03,"i need":1.59,"i really":-0.8,"i stand":0.47,"i thought":-0.33,"i want":-0.31,"i was":-0.37,"i will":0.3,"i'd appreciate":1.11,"i'd like":0.45,"i'll":0.71,"i'll assume":0.68,"i'll be":0.35,"i'll do":-0.33,"i'll give":0.47,"i'll need":0.4,"i'll return":-0.3,"i'll take":0.32,"i'm getting":0.34,"i'm going":0.49,"i'm holding":0.71,"i've got":0.37,"i've written":0.54,"idea":-0.33,"if":0.32,"if i":1.47,"if the":0.42,"if there":-0.46,"if you":-0.56,"in":-0.34,"include":-0.48,"indefinitely":0.59,"indefinitely for":0.59,"indication":0.49,"indication today":0.49,"interested and":0.37,"interview":-0.34,"interviews":0.37,"interviews this":0.69,"is any":-0.49,"is it":0.86,"is mine":1.07,"is my":0.45,"is ready":0.58,"is there":-0.73,"it a":0.86,"it that":0.4,"it to":0.3,"it would":0.74,"it's a":0.31,"its decision":0.49,"job i":-0.36,"job is":1.07,"job or":0.5,"job pay":-0.37,"join":-0.32,"just tell":0.87,"keep my":0.48,"kind":-0.6,"kind regards":-0.44,"kindly":0.42,"kindly expedite":0.74,"know if":0.54,"know roughly":-0.36,"know what":-0.39,"know where":0.32,"know yet":0.6,"last":-0.59,"later":0.84,"later than":0.84,"latest":0.53,"leave":-0.35,"leeds":-0.43,"leeds office":-0.4,"let":-0.65,"let me":-0.5,"let's":0.47,"let's not":0.47,"life":0.49,"life on":0.49,"longer":1.05,"longer before":1.17,"made it":0.39,"make":0.49,"make a":-0.57,"make the":1.03,"many":-0.37,"march":-0.32,"marcus":-0.32,"may want":0.4,"maya":-0.31,"me before":-0.55,"me either":0.54,"me if":0.5,"me know":-0.54,"me out":0.55,"me some":0.49,"me the":0.7,"me this":-0.34,"me to":0.32,"me today":0.39,"me yet":0.57,"meeting":-0.33,"mentioned":-0.42,"mine":1.05,"misery":0.55,"misery and":0.55,"monday i'll":0.43,"monday morning":0.96,"month":-0.5,"more":-0.45,"morning":1.17,"morning to":0.96,"morning until":0.62,"morning whether":0.48,"move fast":0.51,"move quickly":0.4,"mr":-0.49,"mrs":-0.37,"ms":-0.57,"much does":-0.37,"much for":-0.35,"much longer":1.17,"my answer":-0.49,"my application":0.5,"my fifth":0.63,"my life":0.49,"my misery":0.55,"my previous":-0.35,"myself":-0.34,"need":1.54,"need a":0.91,"need from":-0.55,"need this":-0.45,"need to":1.22,"need you":0.46,"need your":0.8,"news on":0.38,"next steps":-0.3,"next two":0.62,"next week":-0.32,"no":0.93,"no later":0.84,"not":0.52,"not drag":0.47,"not in":0.4,"note":-0.33,"now":-0.39,"of whether":0.47,"off":0.51,"off on":0.71,"offer and":-0.58,"offer for":0.71,"offer me":0.5,"offering":0.5,"offering me":0.5,"office every":0.62,"office or":-0.4,"often":-0.36,"on another":0.71,"on hold":0.49,"on me":0.44,"on my":0.4,"on the":-0.32,"on weekends":-0.37,"on whether":1.05,"one":-0.54,"online":-0.41,"or":1.09,"or a":0.58,"or not":1.36,"or online":-0.4,"other":1.07,"other firms":0.51,"other interviews":0.69,"otherwise":0.4,"otherwise i'll":0.4,"out":0.53,"out i":0.47,"out whether":0.45,"outcome":0.68,"outcome within":0.74,"over":-0.32,"panel reached":0.57,"paperwork":-0.38,"paperwork you":-0.38,"pay":-0.67,"pay on":-0.36,"per":-0.44,"per my":-0.33,"phone":0.64,"phone on":0.96,"pick":-0.39,"picked":0.63,"picked someone":0.63,"plan around":0.49,"please":0.44,"please confirm":0.64,"please hurry":0.71,"please just":0.54,"please put":0.55,"please tell":-0.38,"possible":-0.38,"possible to":-0.33,"practical":-0.37,"practical assessment":-0.4,"previous":-0.49,"priya":-0.43,"probably":-0.31,"process and":0.69,"put":0.37,"put me":0.47,"quickly":0.8,"quite":-0.33,"reached":1.13,"reached a":0.81,"reached its":0.57,"ready":0.55,"ready to":0.55,"really":-0.51,"really can't":-0.33,"really help":0.62,"really need":-0.34,"received":-0.57,"received another":-0.45,"regards":-1.01,"response":0.42,"response today":0.63,"return":-0.3,"revert":0.96,"revert with":0.74,"ring":0.45,"ring every":0.47,"role comes":-0.36,"role or":0.63,"roughly":-0.36,"roughly when":-0.36,"running":0.36,"salary":-0.52,"second":-0.34,"selected":0.69,"share":-0.37,"shift":-0.37,"short":-0.33,"signed":-0.36,"signed contract":-0.3,"since":-0.45,"since another":0.46,"since received":-0.4,"sincerely":-0.82,"so":0.53,"so can":0.34,"so did":1.03,"so i":-0.55,"so i'd":0.54,"so much":-0.35,"so please":1.11,"so you":0.39,"some":0.49,"some indication":0.49,"someone":0.53,"someone for":0.63,"soon":0.42,"soon will":0.71,"speed":0.94,"speed things":0.94,"spot":0.45,"spot i":0.46,"stand by":0.47,"start":-0.51,"start on":-0.31,"steps":-0.32,"still":-0.39,"successful":0.59,"successful yet":0.59,"sure you":0.48,"take it":0.37,"tell":0.8,"tell me":0.88,"than":0.48,"than wednesday":0.84,"thanks":-0.7,"thanks again":-0.31,"that":-0.36,"that i":-0.35,"that i'm":0.33,"the cut":1.03,"the day":0.71,"the end":0.5,"the fourth":0.54,"the job":0.99,"the latest":0.53,"the leeds":-0.4,"the outcome":0.68,"the position":0.36,"the practical":-0.4,"the process":0.3,"the running":0.51,"the salary":-0.33,"the second":-0.32,"the signed":-0.3,"the spot":0.46,"the third":0.45,"the weekend":0.78,"then":-0.49,"there":-0.95,"there any":-0.48,"there is":-0.53,"things":0.44,"things along":0.49,"things up":0.46,"third":0.45,"third time":0.45,"this chance":-0.34,"this is":0.68,"this job":-0.49,"this one":-0.39,"this out":0.47,"this position":-0.32,"this role":-0.39,"this week":2.07,"thought":-0.4,"thought i'd":-0.33,"three other":0.4,"time i've":0.54,"time this":0.47,"timeline":-0.38,"times":-0.43,"to find":0.45,"to get":0.44,"to have":0.47,"to hire":0.46,"to know":0.43,"to make":-0.46,"to move":0.51,"to offer":0.5,"to plan":0.47,"to speed":0.46,"today":1.04,"today of":0.49,"today whether":0.4,"tomorrow":0.9,"tomorrow morning":0.48,"tomorrow whether":0.44,"turned":-0.34,"two":0.45,"two days":0.62,"two other":0.79,"understand i":0.59,"until":0.9,"until i":1.07,"up":0.44,"up for":0.47,"up on":-0.43,"up so":0.63,"verdict":0.81,"verdict on":0.81,"very":-0.31,"wait":0.44,"wait around":0.59,"want me":0.51,"warm":-0.31,"warm regards":-0.3,"was":-0.4,"was a":-0.31,"we speed":0.49,"wednesday":0.43,"wednesday otherwise":0.4,"week":0.39,"week as":0.49,"week on":0.47,"week so":0.73,"week until":0.47,"weekend":0.43,"weekends":-0.37,"well":-0.53,"what":-0.51,"what the":-0.52,"when":-0.4,"when can":0.45,"when convenient":-0.36,"when you":-0.48,"whenever":-0.3,"whether":1.69,"whether i":0.83,"whether i'm":0.67,"whether i've":0.94,"whether the":-0.51,"whether you're":0.64,"which":-0.44,"will":0.39,"will be":-0.43,"will i":0.71,"will phone":0.96,"wishes":-0.35,"with a":-0.41,"within":1.12,"within 0":0.69,"within the":0.62,"won't":-0.36,"working":-0.46,"would need":0.8,"would really":0.59,"would the":-0.32,"written":0.48,"written so":0.54,"yes":0.79,"yes or":0.86,"yet":1.59,"yet if":0.6,"you aren't":0.4,"you by":0.91,"you could":0.5,"you decide":1.01,"you expect":-0.47,"you give":0.39,"you going":0.5,"you know":0.34,"you let":-0.48,"you may":0.39,"you need":-0.77,"you no":0.84,"you picked":0.63,"you reached":0.81,"you tell":-0.44,"you understand":0.59,"you'll":0.35,"you'll need":0.63,"you're":0.4,"you're offering":0.64,"your answer":1.2,"your decision":0.74,"your final":0.8,"your office":0.6,"your team":-0.3,"yours":-0.54}},{"flag":"silence-complaint","code":"AV508","bias":-5.809,"weights":{"0":-0.31,"0 0":-0.44,"<q>":-0.62,"a bit":1.97,"a day":0.34,"a final":0.37,"a little":0.53,"a minute":0.38,"a nightmare":-0.36,"a shame":0.82,"a short":0.47,"a word":0.37,"acknowledgement":0.64,"acknowledgement by":0.64,"after":0.77,"after a":0.58,"after coming":0.48,"after i":0.34,"after the":0.46,"again":-0.45,"an":0.44,"an acknowledgement":0.64,"an automated":0.53,"and nothing":0.47,"and still":0.73,"another":-0.44,"answer last":0.34,"any information":0.42,"anything":0.7,"anything has":0.46,"anything in":0.62,"applicants":0.46,"as":-0.45,"assessment day":0.3,"at least":1.29,"automated":0.52,"automated reply":0.53,"back":0.77,"back to":0.56,"back within":0.31,"be a":-0.46,"be honest":0.72,"be kept":0.72,"be left":0.54,"been":1.84,"been checking":0.77,"been courteous":0.62,"been hard":0.63,"been in":0.46,"been pretty":0.34,"been quite":0.43,"been really":0.93,"been refreshing":0.47,"being":0.61,"being kept":0.48,"being left":0.56,"best":-0.89,"best wishes":-0.31,"bit":1.82,"bit demoralising":0.47,"bit disrespectful":0.37,"bit gutted":0.46,"bit ignored":0.47,"bit rude":0.3,"busy but":0.48,"but being":0.48,"by now":1.0,"can't":-0.35,"candidates":1.0,"candidates deserve":0.47,"candidates know":0.62,"checking":0.69,"checking my":0.77,"cheers":-0.67,"com":-0.6,"com in":-0.34,"coming all":0.48,"confidence":0.56,"could spare":0.38,"courteous":0.62,"courteous to":0.62,"current":-0.6,"current employer":-0.33,"dark":0.88,"dark after":0.48,"dark for":0.41,"day":0.37,"day and":0.57,"day off":0.34,"days and":0.47,"dear":-0.91,"dear mr":-0.42,"dear ms":-0.39,"decency":0.45,"decency to":0.45,"decision":-0.33,"demoralising":0.56,"deserve":0.47,"deserve at":0.47,"disappointed":0.61,"disappointed that":0.62,"disappointing":1.02,"disappointing that":0.42,"discouraging":0.57,"discouraging to":0.48,"disheartening":0.41,"disheartening to":0.41,"disrespectful":0.37,"down":0.47,"down by":0.46,"down not":0.53,"dr":-0.37,"employer":-0.4,"employer has":-0.35,"even an":0.53,"every day":0.73,"example":-0.4,"example com":-0.34,"eze":-0.31,"feel a":0.43,"feeling":0.41,"feeling rather":0.46,"feels":0.55,"feels a":0.67,"final":0.61,"final round":0.92,"find it":0.42,"followed":0.42,"followed up":0.42,"following":-0.35,"for at":0.64,"for ten":0.47,"for this":0.53,"for weeks":0.48,"four hour":0.3,"friday":-0.31,"from hr":0.7,"from port":0.48,"frustrating":0.31,"get even":0.53,"get no":0.34,"go quiet":0.3,"good":-0.47,"got":0.38,"got back":0.63,"grace":-0.49,"gutted":0.46,"gutted nobody's":0.46,"had the":0.41,"hanging":0.56,"hanging after":0.56,"hannah":-0.52,"harcourt":0.48,"harcourt for":0.48,"hard":0.96,"hard on":0.77,"hard to":0.34,"has":1.76,"has been":0.81,"has followed":0.42,"has got":0.63,"has had":0.45,"has left":0.46,"have heard":0.37,"have received":0.31,"haven't":0.62,"haven't heard":0.62,"hear nothing":0.34,"heard":0.7,"heard anything":0.62,"heard something":0.37,"hearing anything":0.55,"hi":-1.09,"honest":0.72,"honest the":0.49,"honestly":0.84,"honestly disappointed":0.62,"honestly it's":0.34,"hope":-0.46,"hoping":0.51,"hoping for":0.6,"hour assessment":0.3,"how":-0.31,"hr":0.44,"hr side":0.42,"i feel":0.42,"i find":0.42,"i have":-0.45,"i haven't":0.62,"i really":-0.37,"i thought":0.33,"i was":1.19,"i'd":-0.32,"i'd at":0.37,"i'd hear":0.31,"i'll":-0.47,"i'm":-0.45,"i'm a":0.46,"i'm honestly":0.62,"i'm sad":0.47,"i've":-0.31,"if":-0.59,"ignored":0.47,"ignored tbh":0.47,"in limbo":0.48,"in over":0.62,"inbox":0.44,"inbox for":0.47,"information":0.31,"information from":0.42,"interview has":0.48,"interview so":0.34,"is a":0.36,"is disappointing":0.37,"is frustrating":0.31,"is hard":0.48,"is quite":0.72,"is very":0.41,"it disappointing":0.42,"it feels":0.3,"it is":0.75,"it was":-0.32,"it would":0.53,"it's":1.58,"it's a":0.57,"it's been":0.8,"it's now":0.31,"it's quite":0.41,"job":-0.37,"joining":-0.33,"just":-0.47,"kept":1.14,"kept in":0.95,"kind":-0.49,"kind regards":-0.46,"knocked":0.56,"knocked my":0.56,"know where":0.53,"least":1.23,"least a":0.47,"least an":0.64,"least have":0.37,"left":1.08,"left hanging":0.56,"left in":0.41,"left me":0.46,"let":0.55,"let candidates":0.62,"let down":0.97,"like":-0.34,"limbo":0.48,"limbo for":0.48,"linkedin":-0.34,"linkedin com":-0.34,"little":0.5,"little let":0.53,"long":1.14,"long without":0.42,"made":-0.31,"many":-0.31,"marcus":-0.31,"maya":-0.32,"me feeling":0.46,"me since":0.47,"minute":0.38,"minute to":0.38,"month which":0.31,"more":-0.31,"mr":-0.49,"mrs":-0.37,"ms":-0.57,"my confidence":0.56,"my current":-0.58,"my inbox":0.47,"my last":-0.34,"my phone":0.68,"need":-0.33,"news has":0.58,"next":-0.31,"nightmare":-0.36,"nightmare to":-0.33,"no":0.57,"no news":0.58,"no one":0.58,"no reply":0.34,"no rush":-0.3,"nobody":1.38,"nobody could":0.38,"nobody has":0.91,"nobody's":0.46,"nobody's been":0.46,"not":0.45,"not hearing":0.84,"not to":0.94,"nothing":1.16,"nothing for":0.34,"nothing which":0.47,"now":0.89,"now been":0.31,"now which":0.37,"off work":0.34,"offer":-0.35,"on applicants":0.48,"on the":-0.3,"one":0.33,"one has":0.58,"only":-0.31,"our chat":0.38,"over three":0.62,"painful":0.89,"painful to":0.89,"phone":0.58,"phone every":0.77,"please":-0.5,"port":0.48,"port harcourt":0.48,"position":-0.32,"pretty discouraging":0.34,"priya":-0.43,"promised an":0.34,"quiet after":0.3,"quite":1.3,"quite disheartening":0.41,"quite painful":0.48,"quite upsetting":0.58,"rather":0.35,"rather let":0.46,"real":-0.32,"really knocked":0.56,"really upsetting":0.49,"received one":0.47,"refreshing":0.45,"refreshing my":0.47,"regards":-1.01,"reply":0.71,"reply after":0.34,"reply and":0.47,"round":0.48,"round feels":0.37,"round really":0.56,"rude":0.3,"rude to":0.3,"rush":-0.32,"sad":0.47,"sad not":0.47,"shame":0.82,"shame nobody":0.82,"short":0.31,"short reply":0.47,"silence":0.96,"silence since":0.8,"since":0.61,"since our":0.68,"since the":0.83,"since then":0.32,"sincerely":-0.82,"sir it":0.42,"so long":0.42,"something by":0.37,"spare":0.38,"spare a":0.38,"stand":0.42,"step":-0.32,"still nothing":0.77,"tbh":0.47,"tbh nobody":0.47,"ten":0.42,"ten days":0.47,"thanks":-0.69,"thanks again":-0.33,"that no":0.42,"the dark":0.88,"the decency":0.45,"the final":0.42,"the interview":0.48,"the silence":0.5,"the wait":0.45,"the whole":0.34,"then has":0.34,"there":-0.4,"things":0.38,"things stand":0.54,"this":-0.31,"this interview":0.34,"this long":0.5,"thought i'd":0.34,"three":0.65,"three weeks":0.95,"times":-0.32,"to be":0.84,"to get":0.79,"to have":0.31,"to let":0.39,"to me":0.59,"to reply":-0.34,"to update":0.82,"to wait":0.42,"to work":-0.38,"told i'd":0.31,"took a":0.34,"touch since":0.46,"turned":-0.32,"understand you're":0.48,"up since":0.42,"update":0.71,"update me":0.82,"upsetting":1.04,"upsetting to":0.58,"very painful":0.42,"wait":0.7,"wait so":0.42,"wait with":0.49,"want":-0.35,"warm":-0.3,"warm regards":-0.3,"was a":-0.3,"was hoping":0.64,"was promised":0.34,"was told":0.31,"way from":0.48,"we":-0.35,"weeks":0.76,"weeks is":0.48,"weeks without":0.37,"where things":0.54,"whether":-0.36,"which":0.92,"which is":0.98,"whole":0.34,"whole process":0.39,"wishes":-0.36,"with no":0.82,"within a":0.31,"without":0.8,"without a":0.37,"without any":0.53,"word":0.51,"word after":0.37,"would have":0.62,"yesterday":-0.36,"you're busy":0.48,"yours":-0.57}},{"flag":"passive-aggressive","code":"AV508","bias":-5.7767,"weights":{"0":-0.38,"0 0":-0.42,"0 staff":0.53,"<q>":-0.32,"a":-0.3,"a decision":-0.3,"a mistake":-0.31,"a polite":0.77,"a record":0.85,"a response":0.5,"a second":-0.41,"a sign":0.55,"a valid":-0.31,"accept":-0.34,"actually":1.84,"actually gets":0.69,"actually reaches":0.99,"actually received":0.68,"advance":1.08,"advance for":1.08,"after":-0.49,"again":0.7,"again for":-0.37,"again i":0.59,"again since":0.45,"again to":0.62,"air":0.47,"aisha":-0.3,"all":-0.39,"am following":0.59,"an":-0.33,"answer the":0.62,"any day":0.44,"application":0.61,"application i":-0.31,"application this":0.68,"are":-0.33,"aren't being":0.34,"as":0.57,"as a":0.4,"as i":0.65,"as i've":0.68,"as stated":0.9,"at your":0.47,"attached":-0.47,"attaching":0.51,"attaching my":0.51,"available":1.58,"available any":0.85,"back":0.77,"back to":0.64,"be a":0.56,"be clear":0.62,"because i":0.56,"been far":0.39,"been too":0.37,"been waiting":0.72,"before":0.31,"before i":0.86,"being read":0.34,"best":-0.88,"best wishes":-0.32,"busy":0.84,"busy so":0.33,"busy to":0.75,"by":-0.34,"can start":0.69,"case":1.13,"case it":0.93,"case it's":0.51,"chance":-0.32,"checking":0.44,"checking you":0.68,"cheers":-0.67,"clear":0.57,"clear i":0.62,"clearly":0.34,"clearly aren't":0.34,"com":-0.64,"com in":-0.37,"communication":0.57,"communication works":0.59,"corrected":-0.31,"corrected version":-0.31,"course":0.61,"course i've":0.72,"cv":1.28,"cv for":0.51,"cv in":0.51,"day this":0.43,"dear":-0.92,"dear mr":-0.44,"dear ms":-0.4,"decision":-0.35,"did":0.3,"did answer":0.62,"didn't see":0.31,"do":-0.38,"dr":-0.36,"during the":0.34,"earlier":0.58,"earlier email":0.56,"earlier messages":0.37,"earlier note":-0.31,"email":1.58,"email because":0.56,"email i'm":0.36,"email reached":0.51,"email which":0.31,"emails":1.1,"emails clearly":0.34,"emails i":0.43,"employer":-0.63,"employer treated":-0.4,"ended":0.56,"ended up":0.56,"even":0.38,"even for":0.85,"example":-0.41,"example com":-0.34,"except":-0.4,"except tuesday":-0.37,"explained":0.61,"explained more":0.68,"extremely":0.33,"extremely busy":0.33,"eze":-0.32,"far":0.39,"far too":0.39,"finally":1.08,"finally getting":1.08,"find":-0.4,"floating":0.63,"floating this":0.63,"folder":0.56,"follow":0.81,"follow up":0.81,"following":1.21,"following up":1.32,"for 0":0.54,"for a":-0.51,"for finally":1.08,"for hr":0.85,"forklift":-0.39,"forklift licence":-0.31,"four":-0.31,"from last":0.84,"gap":0.61,"gap in":0.61,"get":-0.41,"gets":0.69,"gets a":0.69,"getting":0.76,"getting back":1.08,"give":-0.31,"gone":0.51,"gone missing":0.51,"good":-0.37,"got lost":0.43,"grace":-0.5,"had":-0.49,"had a":-0.42,"hannah":-0.54,"has":-0.69,"has been":-0.58,"have":-0.32,"have vanished":0.68,"heard":0.41,"heard back":0.56,"here":0.37,"here it":0.51,"hi":-1.11,"hold":-0.35,"hold a":-0.31,"honestly":-0.5,"honestly my":-0.35,"hope this":0.9,"hope to":-0.31,"hopefully":0.69,"hopefully this":0.69,"how communication":0.59,"hr":0.68,"i assume":0.31,"i can":0.5,"i did":0.49,"i explained":0.68,"i have":-0.5,"i hold":-0.31,"i hope":-0.34,"i mentioned":0.34,"i never":0.56,"i pointed":0.36,"i remain":0.48,"i sent":0.36,"i will":-0.39,"i'd":-0.49,"i'll":0.78,"i'll keep":0.66,"i'll take":0.83,"i'm available":0.98,"i'm not":-0.36,"i'm resending":0.56,"i'm still":0.7,"i'm sure":0.52,"i've":0.32,"i've been":-0.38,"i've now":0.68,"i've only":0.68,"i've run":0.52,"if my":0.51,"in advance":1.08,"in case":1.41,"in it":-0.3,"in my":0.74,"in the":-0.34,"in your":0.38,"inbox":0.83,"inbox again":0.86,"interview":-0.34,"interview any":-0.37,"interview i've":0.67,"into thin":0.47,"is":-0.35,"is once":0.51,"is the":-0.36,"it got":0.43,"it so":-0.31,"it's gone":0.51,"job":-0.6,"join":-0.31,"joining":-0.35,"just":1.37,"just a":0.57,"just checking":0.55,"just floating":0.63,"just resending":0.43,"keen":-0.34,"keep":0.37,"keep this":0.66,"kind":-0.57,"kind regards":-0.44,"last":0.88,"last email":0.81,"last employer":-0.57,"last three":0.39,"last time":0.33,"last two":1.17,"last week":0.5,"left":-0.35,"licence":-0.32,"like i":0.62,"like last":0.33,"like numbers":-0.32,"linkedin":-0.37,"linkedin com":-0.37,"long":-0.3,"longer emails":0.34,"lost":0.93,"lost again":0.51,"lost the":0.43,"made":-0.33,"marcus":-0.32,"maya":-0.32,"mentioned":0.61,"mentioned in":0.43,"mentioned twice":0.68,"messages":1.27,"messages ended":0.56,"messages seem":0.47,"missing":0.51,"missing again":0.51,"mistake":-0.3,"mistake in":-0.31,"monday":0.82,"monday i":0.77,"more than":0.68,"mr":-0.49,"mrs":-0.38,"ms":-0.58,"much":-0.33,"must":0.71,"must be":0.85,"my application":0.61,"my cv":1.28,"my earlier":0.61,"my follow":0.84,"my last":0.9,"my longer":0.34,"my previous":1.13,"my voicemail":0.77,"need":-0.35,"never":0.47,"never heard":0.56,"no rush":0.58,"not":-0.43,"not sure":0.41,"note had":-0.31,"note i'm":0.5,"nothing":-0.3,"now":0.31,"now mentioned":0.68,"numbers":-0.36,"nurses":-0.31,"of course":0.72,"of how":0.4,"of your":0.59,"on monday":1.14,"on whether":-0.31,"once":1.37,"once again":0.49,"once during":0.68,"once more":0.31,"one":0.71,"one actually":1.66,"only":0.5,"only been":0.72,"out in":0.35,"payroll":0.57,"payroll for":0.64,"per":0.74,"per my":0.98,"perhaps":0.56,"perhaps my":0.56,"please":-0.55,"pointed":0.36,"pointed out":0.36,"polite":0.77,"polite reminder":0.77,"position":-0.36,"previous":1.51,"previous email":0.36,"previous messages":0.56,"previous note":0.5,"previous two":0.43,"priya":-0.44,"question about":0.34,"reached":0.39,"reached you":0.51,"reaches":0.94,"reaches you":0.99,"read":0.6,"read my":0.31,"really":-0.51,"reattaching":0.51,"reattaching my":0.51,"received":0.39,"received my":0.64,"record":0.83,"record even":0.85,"regards":-1.02,"remain":0.48,"remain available":0.66,"reminder":0.75,"reminder that":0.77,"reply to":0.3,"resending":1.42,"resending my":0.56,"resending this":0.89,"response":0.5,"run payroll":0.68,"rush":0.49,"rush of":0.7,"second interview":-0.39,"second round":0.62,"see i'm":0.31,"seems":0.45,"seems to":0.45,"sent":0.36,"sent on":0.36,"short":0.49,"short like":0.33,"short since":0.34,"sign":0.52,"sign of":0.59,"silence":0.64,"silence as":0.59,"simply":0.37,"simply been":0.37,"since":0.7,"since march":0.72,"since my":0.87,"sincerely":-0.83,"so here":0.51,"so i'll":0.33,"so this":-0.31,"soon":-0.34,"spam":0.56,"spam folder":0.56,"start on":0.37,"stated":0.9,"stated twice":0.9,"status":0.59,"status of":0.59,"still":0.39,"still interested":0.43,"still waiting":1.06,"sure":0.76,"sure if":0.51,"sure you're":0.33,"sure you've":0.61,"take the":0.81,"than":0.31,"than once":0.68,"thanks":-0.59,"thanks again":-0.86,"thanks in":1.08,"that i":-0.34,"that i'm":0.72,"the corrected":-0.31,"the follow":0.36,"the gap":0.62,"the previous":0.43,"the question":0.42,"the second":0.56,"the silence":0.81,"the status":0.59,"the top":0.84,"thin":0.41,"thin air":0.47,"this":0.57,"this in":0.43,"this is":-0.49,"this job":-0.38,"this one":1.53,"this short":0.66,"this since":0.47,"this time":0.59,"this to":0.86,"three":0.51,"three emails":0.39,"three weeks":0.56,"time in":0.51,"times":0.66,"to have":0.57,"to me":0.58,"to read":0.31,"tom":-0.3,"too":0.73,"too busy":0.75,"top":0.68,"top of":0.86,"treated":-0.4,"treated us":-0.31,"tuesday":-0.41,"twice":1.45,"twice before":0.8,"twice i'm":0.68,"two":0.66,"two emails":0.43,"two messages":0.47,"two times":0.72,"unlike":-0.35,"unlike my":-0.35,"up":0.57,"up from":0.84,"up i":0.36,"up in":0.52,"up on":1.41,"us":-0.4,"us like":-0.32,"valid":-0.31,"valid forklift":-0.31,"vanished":0.68,"vanished into":0.47,"version":-0.3,"very":-0.38,"voicemail":0.77,"voicemail on":0.77,"waiting":1.4,"waiting on":0.31,"waiting since":0.72,"waiting to":0.77,"want":-0.31,"warm":-0.31,"warm regards":-0.31,"was a":-0.37,"was lost":0.51,"we":-0.45,"week except":-0.4,"weeks must":0.85,"well":-0.43,"whether":-0.46,"which i":0.31,"will":-0.53,"will start":-0.35,"wishes":-0.35,"works":0.54,"works at":0.59,"wow":0.85,"wow three":0.85,"years":-0.34,"you actually":0.31,"you didn't":0.31,"you so":0.34,"you're extremely":0.33,"you've":0.61,"you've been":0.39,"you've simply":0.37,"your company":0.58,"your inbox":0.86,"your spam":0.56,"yours":-0.6}},{"flag":"badmouth","code":"AV510","bias":-5.7077,"weights":{"0":-0.43,"0 0":-0.45,"<q>":-0.63,"a bit":-0.67,"a boss":0.42,"a bully":0.89,"a change":0.52,"a clueless":0.53,"a crook":0.56,"a great":-0.33,"a joke":0.36,"a nightmare":1.17,"a relief":0.94,"a rota":0.48,"a shambles":1.2,"a similar":-0.32,"about teaching":0.41,"accept":-0.33,"actually":0.75,"actually seem":0.5,"actually seemed":0.52,"after four":0.53,"after years":0.42,"again":-0.39,"agency":0.79,"agency i":0.79,"aisha":-0.3,"all day":0.87,"am is":0.71,"an":-0.35,"and dishonest":0.45,"and everyone":0.43,"and get":0.87,"and management":0.44,"and nothing":-0.45,"and shout":0.51,"and the":0.32,"any modern":0.53,"appealed":0.51,"appealed to":0.51,"applying":0.69,"approach":0.53,"approach was":0.53,"are":0.61,"are completely":0.57,"are lazy":0.78,"as":-0.48,"at everyone":0.42,"at had":0.43,"at my":0.55,"at now":0.94,"at staff":0.51,"attached":-0.39,"awful":0.43,"awful leadership":0.43,"back":-0.34,"backed":0.43,"backed us":0.43,"backward":0.53,"backward and":0.53,"badly":0.9,"badly run":0.98,"because":0.37,"because my":0.39,"because their":0.45,"been":-0.45,"been a":0.38,"been refreshing":-0.45,"belittles":0.95,"belittles the":0.95,"best":-0.94,"best wishes":-0.31,"bit":-0.72,"bit demoralising":-0.45,"boss":1.65,"boss has":0.52,"boss is":0.39,"boss who":0.42,"boss you":0.52,"bottom":0.55,"bully":0.89,"bully and":0.89,"by":-0.35,"call centre":0.44,"calm":0.41,"calm style":0.42,"can't wait":0.35,"carrying":0.49,"carrying them":0.49,"centre":0.38,"centre is":0.44,"change":0.38,"changeover":-0.31,"changeover at":-0.31,"cheers":-0.67,"clueless":0.53,"clueless director":0.53,"co workers":0.31,"colleagues":0.78,"colleagues gossip":0.87,"com":-0.53,"company":0.67,"company is":0.5,"company was":0.9,"completely":0.84,"completely out":0.57,"completely useless":0.49,"constantly":0.95,"constantly belittles":0.95,"corners":0.56,"corners everywhere":0.56,"couldn't":0.74,"couldn't organise":0.48,"covering":0.31,"covering for":0.31,"crook":0.56,"crook who":0.56,"culture":0.34,"culture was":0.43,"current":1.05,"current employer":0.53,"current lab":-0.31,"current manager":0.97,"current store":0.31,"current team":0.75,"cut":0.3,"cut corners":0.56,"day and":0.8,"days":-0.44,"days and":-0.45,"dear":-0.95,"dear mr":-0.44,"dear ms":-0.4,"demoralising":-0.46,"department":0.41,"department is":0.46,"desperate":0.34,"desperate to":0.39,"director":0.52,"director your":0.53,"dirt":0.43,"dirt so":0.43,"dishonest":0.45,"do":-0.31,"doing":0.39,"don't":0.66,"don't know":0.48,"don't pay":0.51,"done":0.71,"down":-0.39,"dr":-0.4,"employer":1.76,"employer has":0.49,"employer treated":0.87,"employer you":0.5,"everyone":0.63,"everyone knows":0.46,"everyone your":0.42,"everywhere":0.56,"example":-0.44,"example com":-0.37,"eze":-0.33,"firm":0.32,"firm was":0.51,"foods":0.4,"foods because":0.45,"for lazy":0.31,"for ten":-0.45,"for treats":0.79,"four years":0.39,"from top":0.55,"get nothing":0.87,"good":-0.43,"gossip":0.87,"gossip all":0.87,"grace":-0.51,"grateful":-0.36,"great":-0.44,"had awful":0.43,"hannah":-0.53,"has":0.64,"has no":0.92,"has zero":0.52,"have":-0.39,"head":1.24,"head has":0.45,"head never":0.43,"head of":0.43,"her":0.33,"hi":-1.12,"honestly":1.08,"honestly my":1.0,"honestly the":0.71,"hope":-0.62,"i can't":0.42,"i only":0.45,"i ran":-0.4,"i taught":0.43,"i temp":0.79,"i was":-0.34,"i work":1.21,"i'd":-0.59,"i'll":-0.35,"i'm applying":0.69,"i'm at":0.45,"i'm desperate":0.36,"i'm grateful":-0.3,"i'm keen":0.57,"i'm tired":0.79,"i've":-0.8,"i've been":-0.49,"idea":0.66,"idea about":0.45,"idea how":0.36,"if":-0.42,"in":-0.35,"in my":-0.36,"in your":-0.31,"inbox":-0.45,"inbox for":-0.45,"incompetent":1.13,"incompetent and":0.45,"incompetent which":0.69,"is a":1.17,"is badly":0.45,"is completely":0.49,"is incompetent":0.69,"is my":-0.37,"is very":0.47,"is why":0.96,"it was":-0.49,"it's":-0.33,"its":0.48,"its workers":0.79,"job the":0.56,"joke":0.36,"joke nobody":0.36,"just lets":0.44,"keen for":0.52,"kind":-0.54,"kind regards":-0.45,"knew":0.36,"knew what":0.36,"know any":0.53,"knows":0.46,"knows it":0.46,"lab":-0.3,"last":0.37,"last company":0.32,"last employer":0.93,"last school":0.35,"lazy":1.06,"lazy and":0.78,"lazy co":0.31,"lead":0.61,"lead is":0.69,"leadership":0.94,"leadership and":0.43,"leadership skills":0.52,"leave":0.77,"leave because":0.39,"left zenith":0.45,"lets":0.44,"lets her":0.44,"like dirt":0.43,"like numbers":0.65,"listen":0.52,"lives":0.51,"management":2.0,"management at":0.48,"management just":0.44,"management was":0.45,"management where":0.71,"manager":0.56,"manager has":0.5,"manager is":0.49,"managers":0.52,"managers are":0.57,"marcus":-0.33,"maya":-0.32,"modern":0.53,"modern tools":0.53,"mr":-0.5,"mrs":-0.39,"ms":-0.59,"my boss":0.9,"my colleagues":0.87,"my current":1.26,"my department":0.46,"my inbox":-0.45,"my last":0.69,"my old":1.03,"my present":0.42,"my previous":0.46,"my store":0.48,"my supervisor":1.56,"my team":0.69,"never":0.54,"never backed":0.43,"new starters":0.82,"nightmare":1.17,"nightmare to":0.79,"no idea":0.92,"nobody there":0.36,"not":-0.54,"note":-0.43,"nothing":0.35,"nothing done":0.87,"nothing which":-0.45,"now":1.1,"now don't":0.51,"now is":0.45,"now the":0.57,"numbers":0.58,"nurses":0.42,"of carrying":0.49,"of covering":0.31,"of touch":0.57,"old":0.83,"old boss":0.4,"old company":0.55,"on the":-0.3,"on time":0.46,"one":-0.48,"only left":0.45,"organise":0.48,"organise a":0.48,"out":0.36,"out of":0.47,"owner":0.78,"owner was":0.52,"owners":0.51,"owners of":0.51,"pay on":0.48,"people":0.71,"people on":0.49,"per":-0.35,"per my":-0.32,"please":-0.41,"present":0.41,"present company":0.42,"previous":0.44,"previous employer":0.43,"previous firm":0.51,"priya":-0.44,"probably":-0.31,"programme":0.48,"programme really":0.51,"ran":-0.39,"ran a":-0.31,"really":-0.36,"really appealed":0.51,"refreshing my":-0.45,"regards":-1.04,"relief":0.94,"restaurant":0.51,"restaurant i":0.51,"rota":0.41,"rota to":0.48,"run":1.01,"run a":0.36,"run and":0.42,"run from":0.55,"rush":-0.31,"save":0.62,"save their":0.74,"school":0.5,"school i":0.33,"school i'm":0.45,"seem":0.44,"seem to":0.44,"seemed":0.33,"seemed to":0.52,"seniors":0.53,"seniors there":0.53,"shambles":1.2,"shambles so":0.51,"shout":0.51,"shout at":0.51,"shouts":0.42,"shouts at":0.42,"similar":-0.41,"similar changeover":-0.31,"since":-0.36,"sincerely":-0.85,"site":-0.31,"skills":0.44,"skills so":0.52,"so i'm":0.66,"so your":0.93,"staff":0.36,"staff like":0.43,"starters":0.82,"still":-0.37,"store":0.64,"store couldn't":0.48,"structured":0.51,"structured training":0.51,"style":0.42,"style was":0.42,"supervisor":1.4,"supervisor at":0.64,"supervisor constantly":0.95,"take":-0.31,"taught at":0.43,"teaching":0.38,"team are":0.49,"team lead":0.67,"team's":0.5,"team's approach":0.53,"temp":0.79,"temp for":0.79,"ten":-0.44,"ten days":-0.45,"terribly":0.75,"thanks":-0.69,"thanks again":-0.34,"the agency":0.79,"the company":-0.32,"the head":1.29,"the management":0.71,"the managers":0.57,"the new":0.46,"the owner":0.83,"the owners":0.51,"the people":0.76,"the restaurant":0.51,"the school":0.39,"the seniors":0.53,"their":1.13,"their lives":0.74,"their management":0.45,"them":0.39,"there don't":0.53,"there knew":0.36,"they":0.31,"they were":0.36,"this":-0.52,"three":-0.35,"tired":0.79,"tired of":0.79,"to be":-0.32,"to bottom":0.55,"to get":-0.31,"to leave":0.87,"to listen":0.52,"to run":0.36,"to save":0.74,"to value":0.5,"tom":-0.3,"tools":0.49,"top":0.5,"top to":0.55,"training":0.31,"training programme":0.51,"treated":0.87,"treated staff":0.43,"treated us":0.44,"treats":0.99,"treats its":0.79,"two":-0.43,"under":0.39,"under a":0.5,"unlike":1.0,"unlike my":1.0,"us":1.01,"us like":0.65,"us up":0.43,"useless":0.49,"useless so":0.49,"value":0.5,"value your":0.5,"very backward":0.53,"wait to":0.4,"warm":-0.32,"warm regards":-0.3,"was a":0.6,"was badly":0.55,"was incompetent":0.45,"was refreshing":0.43,"week":-0.49,"weeks":-0.31,"well":-0.32,"were doing":0.36,"what they":0.36,"where i":0.88,"which is":0.44,"who":0.37,"who cut":0.56,"who shouts":0.42,"why":0.81,"why i'm":0.69,"wishes":-0.36,"with the":-0.31,"work for":0.77,"work now":0.57,"workers":1.08,"workers at":0.31,"workers terribly":0.79,"year":-0.38,"years":0.32,"years under":0.53,"you actually":0.89,"you are":-0.32,"your calm":0.42,"your culture":0.43,"your nurses":0.5,"your structured":0.51,"your team's":0.53,"yours":-0.55,"zenith":0.44,"zenith foods":0.45,"zero":0.47,"zero leadership":0.52}},{"flag":"pay-perks","code":"AV505","bias":-5.7272,"weights":{"0 0":-0.52,"0 a":0.6,"13th":0.37,"13th month":0.41,"<q>":2.74,"a bonus":1.1,"a car":0.33,"a company":0.54,"a decision":-0.4,"a discount":0.45,"a gym":0.48,"a half":0.62,"a month":0.61,"a no":-0.49,"a raise":0.56,"a rough":-0.34,"a sign":0.34,"a week":0.36,"able":0.36,"able to":0.36,"after probation":0.56,"after tax":0.44,"afternoon":-0.34,"again":-0.35,"aisha":-0.3,"all":-0.44,"allowance":0.76,"allowance or":0.33,"also":1.81,"also appreciate":0.49,"also confirm":0.44,"also share":0.38,"an":-0.35,"and a":1.43,"and bonuses":0.48,"and do":0.43,"and health":0.87,"and if":0.44,"and rice":0.41,"and the":-0.34,"and whether":0.54,"annual":0.82,"annual leave":0.84,"any flexibility":0.44,"any joining":0.38,"any news":-0.37,"any room":0.45,"any update":-0.53,"anything":-0.37,"anything else":-0.36,"appreciate knowing":0.49,"are":0.3,"are included":0.41,"are pay":0.48,"as well":0.44,"ask":0.75,"ask about":0.87,"at least":0.54,"at time":0.62,"attached":-0.35,"be able":0.38,"be any":0.45,"be at":0.44,"be for":0.6,"been":-0.46,"before":-0.43,"before going":0.66,"before i":-0.41,"before you":-0.49,"begins":-0.38,"begins on":-0.38,"best":-0.89,"best wishes":-0.33,"biweekly":0.43,"biweekly paychecks":0.43,"bonus":1.98,"bonus at":0.56,"bonus for":0.46,"bonuses":0.48,"bonuses given":0.48,"breakup":0.38,"breakup and":0.38,"by":-0.43,"by tomorrow":-0.33,"can you":0.6,"car":1.05,"car allowance":0.33,"chance":-0.34,"check how":0.33,"cheers":-0.69,"com":-0.55,"comes":1.41,"comes with":1.41,"company":0.58,"company car":0.8,"company offer":0.33,"confirm by":-0.36,"could i":0.66,"covers":0.43,"covers my":0.51,"ctc":0.38,"ctc breakup":0.38,"curious":0.45,"curious whether":0.45,"date":-0.38,"date in":-0.38,"day":-0.56,"day one":-0.38,"days":0.84,"days a":0.44,"days of":0.56,"dear":-0.94,"dear mr":-0.44,"dear ms":-0.4,"decide":-0.5,"decision":-0.53,"discount":0.45,"discount on":0.45,"do staff":0.31,"do weekly":0.43,"does":1.45,"does the":1.45,"don't":-0.37,"dr":-0.36,"else":-0.38,"end of":0.35,"example":-0.43,"example com":-0.36,"expect in":0.66,"expect to":-0.48,"eze":-0.32,"family":0.42,"family and":0.48,"find":-0.3,"first pay":0.49,"first year":0.33,"flexibility":0.44,"flexibility on":0.44,"for night":0.56,"for nurses":0.46,"for this":0.97,"free":0.56,"free meals":0.75,"friday":-0.32,"fridays":0.65,"from home":1.11,"fuel":0.31,"fuel card":0.33,"further":0.56,"further i'd":0.66,"get":1.21,"get a":0.55,"get free":0.75,"get in":0.39,"given":0.4,"going further":0.66,"good":-0.38,"grace":-0.5,"guys":0.42,"guys do":0.43,"gym":0.75,"gym membership":0.75,"half":0.51,"hannah":-0.53,"have":-0.56,"have a":-0.31,"health":0.48,"health insurance":1.43,"hi":-1.11,"holiday":0.65,"holiday the":0.33,"holiday would":0.39,"home":1.23,"home after":0.44,"home on":0.69,"home three":0.44,"honestly":-0.37,"hope":-0.5,"hourly":1.29,"hourly pay":0.43,"hourly rate":0.62,"hourly wage":0.45,"how":0.3,"how many":0.95,"how much":0.5,"how often":0.48,"i be":0.69,"i expect":0.47,"i get":0.85,"i have":-0.31,"i sign":-0.38,"i wanted":0.34,"i'd also":0.75,"i'd be":-0.32,"i'd like":0.73,"i'd want":0.66,"i'll":-0.6,"i'm":-0.6,"i've":-0.51,"idea":-0.45,"idea of":-0.33,"if i":-0.32,"in this":0.65,"include":1.05,"include health":0.48,"included":0.39,"insurance":1.43,"insurance begins":-0.38,"insurance covers":0.51,"insurance for":0.48,"is for":0.43,"is mine":-0.45,"is overtime":1.05,"is there":0.4,"it":-0.33,"it's":-0.41,"it's a":-0.3,"its":-0.36,"job is":-0.45,"job pay":0.39,"join":-0.34,"joining bonus":0.38,"just curious":0.45,"kind of":0.43,"kind regards":-0.55,"kindly also":0.38,"know how":0.75,"know the":0.35,"know what":-0.6,"knowing":0.49,"knowing when":0.49,"last":-0.4,"least":0.5,"least r45":0.66,"leave":1.03,"leave comes":0.59,"like to":0.58,"longer":-0.54,"longer before":-0.49,"love":-0.31,"make":-0.52,"make a":-0.34,"many":0.74,"many days":0.58,"many weeks":0.39,"marcus":-0.32,"maya":-0.32,"me the":-0.3,"me what":1.06,"meals":0.75,"meals on":0.75,"meeting":-0.35,"membership":0.75,"mine":-0.45,"month":0.58,"month pay":0.41,"morning":-0.33,"mr":-0.5,"mrs":-0.38,"ms":-0.58,"much annual":0.59,"much does":0.39,"much longer":-0.49,"my family":0.42,"my parents":0.51,"need":-0.4,"negotiate":0.45,"negotiate the":0.45,"news":-0.44,"news on":-0.37,"next":-0.4,"night shifts":0.56,"no":-0.58,"not":-0.53,"nurses":0.34,"nurses who":0.46,"of holiday":0.71,"of salary":0.66,"of when":-0.34,"offer a":0.33,"offer and":-0.38,"often":0.39,"often are":0.48,"on bonus":0.46,"on day":-0.38,"on fridays":0.65,"on shift":0.75,"on takeaways":0.45,"on the":-0.37,"on weekends":0.39,"on working":0.44,"one":-0.51,"or biweekly":0.43,"or fuel":0.33,"or not":-0.35,"overtime":0.83,"overtime allowance":0.44,"overtime paid":0.62,"package":0.92,"package to":0.66,"paid":0.88,"paid at":0.62,"parents":0.51,"parents as":0.51,"pay":1.96,"pay and":0.83,"pay be":0.56,"pay on":0.31,"pay review":0.49,"pay reviews":0.48,"paychecks":0.43,"pension":0.83,"pension and":0.87,"please also":0.44,"position":0.83,"position include":0.77,"priya":-0.47,"probation":0.56,"r45":0.66,"r45 0":0.66,"raise":0.56,"raise after":0.56,"range":0.43,"range is":0.43,"rate":0.6,"rate is":0.62,"really":-0.5,"regards":-1.09,"review":0.42,"review would":0.49,"reviews":0.45,"reviews and":0.48,"rice":0.41,"rice subsidy":0.41,"role comes":0.85,"room to":0.45,"rough":-0.34,"rough idea":-0.34,"salary":1.52,"salary could":0.66,"salary for":0.76,"salary range":0.43,"second":-0.35,"share":0.51,"share the":0.38,"share whether":0.51,"shift":0.4,"shift and":0.43,"shifts":0.56,"sign could":-0.38,"sign on":0.46,"sincerely":-0.84,"so":-0.45,"staff":0.3,"staff get":0.75,"start date":-0.38,"start this":0.46,"starting":0.52,"starting salary":0.59,"subsidy":0.41,"subsidy are":0.41,"take home":0.44,"take place":0.49,"takeaways":0.45,"tax":0.44,"tax and":0.44,"team":-0.33,"thanks":-0.75,"thanks again":-0.36,"the 13th":0.41,"the company":0.43,"the ctc":0.38,"the end":0.37,"the first":0.54,"the hourly":1.34,"the next":-0.31,"the package":0.65,"the panel":-0.33,"the pay":0.38,"the pension":0.87,"the position":0.76,"the role":0.4,"the salary":0.61,"the second":-0.34,"the start":-0.36,"the starting":0.59,"the take":0.44,"the timeline":-0.48,"the written":-0.38,"the year":0.54,"there":0.82,"there a":0.95,"there anything":-0.31,"there be":0.45,"there is":0.5,"there's":0.5,"there's a":0.53,"this position":0.76,"this role":0.77,"this summer":0.3,"three days":0.44,"time and":0.38,"timeline":-0.54,"to ask":0.9,"to join":-0.31,"to know":0.99,"to make":-0.36,"to negotiate":0.45,"to share":-0.31,"today":-0.4,"tom":-0.3,"tomorrow":-0.32,"up":-0.47,"update":-0.58,"update on":-0.53,"wage":0.35,"want the":0.66,"wanted":0.42,"wanted to":0.5,"warm":-0.31,"was":-0.32,"was a":-0.38,"we":-0.33,"weekends":0.34,"weekly or":0.43,"weeks of":0.35,"what":0.49,"what kind":0.66,"what the":0.75,"what would":0.56,"what's":0.76,"what's the":0.76,"whats":0.43,"whats the":0.43,"when":-0.43,"when the":0.32,"when you":-0.46,"whether":0.35,"whether staff":0.45,"whether there's":0.53,"who start":0.46,"will":-0.52,"will be":-0.37,"wishes":-0.39,"with a":0.38,"work from":0.69,"working from":0.44,"would i":1.6,"would take":0.49,"would the":0.85,"would there":0.45,"written":-0.43,"written offer":-0.38,"year":0.58,"yet":-0.51,"you confirm":-0.49,"you decide":-0.48,"you expect":-0.34,"you guys":0.42,"you share":0.51,"you tell":0.87,"yours":-0.57}},{"flag":"self-putdown","code":"AV507","bias":-5.7004,"weights":{"0":-0.32,"0 0":-0.42,"<q>":-0.59,"a bit":0.55,"a colleague":0.52,"a degree":0.31,"a hash":0.67,"a mess":0.78,"a nervous":0.76,"about budgets":0.79,"about conflict":0.52,"about that":0.35,"accept":-0.39,"across":0.84,"across as":0.87,"adeyemi":-0.35,"afraid":0.78,"afraid my":0.78,"after":-0.55,"afternoon":-0.34,"again":-0.46,"against me":0.31,"aisha":-0.3,"all as":0.67,"all over":0.4,"am not":0.65,"an idiot":0.5,"and it":0.48,"and my":0.38,"answer":-0.5,"answers":1.76,"answers i":0.65,"answers were":1.15,"any":-0.38,"anything":-0.35,"anyway":0.38,"applicant":0.47,"applicant you":0.47,"appreciate":-0.32,"as":0.39,"as the":0.53,"as totally":0.4,"as you":0.47,"at all":0.4,"at interviews":0.54,"attached":-0.41,"aware":1.06,"aware i":0.67,"aware i'm":0.41,"awkward":0.61,"awkward i'm":0.61,"back":-0.35,"bad":0.54,"bad at":0.54,"badly":0.98,"badly in":1.13,"be what":0.47,"because":-0.39,"been":-0.5,"being so":0.51,"best":-0.93,"best wishes":-0.33,"bit":0.45,"bit of":0.78,"blank":0.63,"blank on":0.63,"blanked":1.0,"blanked on":1.0,"boss":-0.36,"budget":0.63,"budget question":0.63,"budgets":0.79,"busy":-0.45,"but":1.11,"but i":0.83,"but i'd":0.57,"by":-0.41,"came":0.73,"came across":0.87,"can":-0.37,"can't":-0.4,"candidate":0.45,"candidate but":0.47,"care":-0.4,"case":0.61,"case study":0.87,"change":-0.37,"cheers":-0.7,"colleague":0.52,"com":-0.56,"communication":0.47,"communication was":0.49,"company":-0.31,"completely blanked":0.59,"conflict":0.52,"conflict with":0.52,"counts heavily":0.31,"current":-0.36,"cv is":0.47,"day":-0.43,"dear":-0.94,"dear mr":-0.43,"dear ms":-0.4,"decision":-0.31,"degree":0.31,"degree probably":0.31,"delighted":-0.3,"did":0.53,"did not":0.31,"did terribly":0.81,"do justice":0.49,"don't":0.54,"don't interview":0.67,"don't think":0.59,"doubt":0.38,"doubt i'm":0.38,"down":0.63,"down badly":1.13,"dr":-0.37,"earlier":-0.31,"email":-0.4,"embarrassing":1.61,"enjoyed":-0.31,"enough":0.59,"enough for":0.59,"example":-0.44,"example com":-0.36,"exercise":0.81,"experience will":0.68,"experienced":0.81,"experienced applicant":0.47,"experienced person":0.41,"eze":-0.32,"feel i":0.49,"fluffed":0.79,"fluffed the":0.79,"for a":-0.38,"for being":0.38,"for but":0.38,"for rambling":0.54,"for this":0.45,"for three":-0.31,"forgive":0.65,"forgive me":0.65,"forgot":0.5,"forgot half":0.5,"fumbled":0.52,"fumbled the":0.52,"get it":0.68,"good enough":0.59,"good speaker":0.65,"got the":0.36,"grace":-0.5,"had":-0.36,"half":0.41,"half of":0.5,"hannah":-0.54,"has":-0.51,"hash":0.67,"hash of":0.67,"have talked":0.56,"heard":-0.47,"heavily":0.31,"heavily against":0.31,"hi":-1.12,"honestly":-0.54,"hope":-0.49,"hopeless":0.61,"hopeless in":0.61,"hoping":-0.36,"how":-0.37,"i can't":-0.31,"i completely":0.42,"i did":0.91,"i don't":0.88,"i doubt":0.38,"i feel":0.45,"i fluffed":0.79,"i forgot":0.5,"i fumbled":0.52,"i got":0.38,"i have":-0.45,"i hope":-0.34,"i know":1.51,"i made":0.66,"i may":0.94,"i must":0.43,"i probably":0.63,"i realise":1.74,"i totally":0.43,"i wanted":0.37,"i was":0.59,"i work":0.33,"i'd":-0.33,"i'll":-0.56,"i'm":1.23,"i'm afraid":0.78,"i'm aware":1.06,"i'm hopeless":0.61,"i'm keen":-0.35,"i'm kicking":0.45,"i'm not":1.29,"i'm probably":0.94,"i'm really":0.81,"i'm sorry":0.33,"i'm still":-0.34,"i'm sure":0.85,"i'm what":0.38,"i've":-0.48,"idiot":0.5,"if":-0.65,"if i":-0.34,"in interviews":0.61,"in my":-0.39,"interview well":0.67,"interviewed":0.41,"interviews":0.79,"is":-0.32,"is rather":0.47,"it over":0.68,"it probably":0.76,"it was":-0.39,"join":-0.32,"joining":-0.33,"just":-0.3,"justice":0.49,"justice to":0.49,"keen":-0.4,"keep":-0.37,"kicking":0.45,"kicking myself":0.45,"kind":-0.55,"kind regards":-0.45,"know":0.38,"know i":1.47,"know my":0.77,"lack":0.31,"lack of":0.31,"last":-0.55,"least experienced":0.41,"let me":0.56,"like an":0.5,"looked like":0.5,"looking":0.43,"looking for":0.7,"madam":0.49,"made a":0.61,"marcus":-0.32,"maths":1.13,"maths let":1.13,"may":0.79,"may have":0.56,"may not":0.47,"maya":-0.32,"me down":1.13,"me for":0.46,"mess":0.78,"mind":0.49,"mind went":0.63,"more experience":0.68,"most experienced":0.47,"mr":-0.54,"mrs":-0.4,"ms":-0.59,"much i'm":0.54,"must":0.4,"must have":0.5,"my answers":1.15,"my communication":0.49,"my current":-0.31,"my earlier":-0.3,"my lack":0.31,"my last":-0.38,"my maths":1.13,"my mind":0.54,"my poor":0.65,"my presentation":0.74,"myself":1.18,"myself and":0.44,"myself out":0.56,"nervous":1.4,"nervous i":0.5,"nervous wreck":0.76,"night":-0.3,"no":-0.38,"not":1.32,"not a":0.65,"not as":0.55,"not be":0.47,"not do":0.49,"not the":1.13,"not to":-0.34,"noticed":0.87,"now":-0.35,"numbers":0.34,"numbers wrong":0.45,"of a":0.98,"one":-0.47,"or":-0.34,"out of":0.43,"over":0.4,"over me":0.68,"over the":0.35,"pass":-0.31,"per":-0.31,"person":0.4,"person you":0.41,"play":0.67,"play exercise":0.67,"please":-0.55,"poor":1.13,"poor answers":0.65,"poor madam":0.49,"presentation":0.74,"presentation was":0.78,"pretty":0.76,"pretty weak":0.77,"priya":-0.44,"probably":3.01,"probably came":0.63,"probably counts":0.31,"probably not":0.55,"probably noticed":0.67,"probably showed":0.76,"probably the":0.41,"question":1.4,"question about":0.7,"question so":0.63,"question which":0.43,"questions":0.58,"rambling":0.54,"rambling so":0.54,"rather":0.35,"rather thin":0.47,"realise":1.74,"realise i":0.56,"realise i'm":0.47,"realise my":0.77,"really bad":0.54,"really good":0.59,"regards":-1.04,"reply":-0.39,"role but":0.59,"role play":0.67,"room":-0.35,"safety":0.31,"safety question":0.43,"saw":0.39,"say":0.59,"say i":0.5,"say thanks":0.38,"sharpest":0.47,"sharpest candidate":0.47,"showed":0.46,"since":-0.39,"sincerely":-0.85,"skills":-0.36,"so all":0.4,"so awkward":0.61,"so embarrassing":0.63,"so i":-0.38,"so nervous":0.5,"someone":0.59,"someone with":0.68,"sorry":1.78,"sorry about":0.4,"sorry for":1.14,"sorry my":0.4,"speaker":0.65,"start":-0.33,"still":-0.36,"study":0.85,"study and":0.45,"study which":0.59,"sure":0.9,"sure i":0.76,"sure someone":0.68,"talked":0.4,"talked myself":0.56,"technical":0.77,"technical questions":0.81,"terribly":0.7,"terribly on":0.81,"test":0.31,"thanks":-0.56,"thanks anyway":0.38,"the budget":0.63,"the case":0.84,"the job":0.37,"the least":0.41,"the numbers":0.43,"the place":0.37,"the question":0.86,"the safety":0.43,"the sharpest":0.47,"the technical":0.77,"the test":0.62,"thin":0.45,"thin and":0.47,"think":0.36,"think i'm":0.59,"this":-0.46,"three":-0.62,"three years":-0.3,"through":-0.3,"time":-0.31,"to accept":-0.3,"to be":-0.49,"to myself":0.49,"to say":0.66,"to try":0.59,"tom":-0.31,"totally":0.81,"totally blanked":0.43,"totally unprepared":0.4,"try":0.59,"two":-0.4,"understand":-0.42,"unprepared":0.63,"unprepared sorry":0.4,"up":-0.38,"very poor":0.49,"wanted":0.32,"wanted to":0.4,"warm":-0.32,"warm regards":-0.31,"was embarrassing":1.0,"was so":0.45,"was very":0.43,"we":-0.36,"weak":0.77,"week":-0.47,"weeks":-0.33,"well at":0.67,"went":0.56,"went blank":0.63,"were":0.83,"were pretty":0.77,"were so":0.4,"what you're":0.58,"when":-0.31,"which":0.36,"which was":1.0,"who":-0.3,"will get":0.68,"wishes":-0.36,"with more":0.68,"with the":-0.38,"work hard":0.47,"working":-0.32,"wreck":0.76,"wreck and":0.76,"wrong":0.41,"wrong in":0.45,"years":-0.42,"you interviewed":0.41,"you probably":0.67,"you saw":0.47,"you're looking":0.84,"yours":-0.57}},{"flag":"begging","code":"AV509","bias":-5.8402,"weights":{"0 0":-0.43,"<q>":-0.69,"a chance":0.38,"a shot":0.78,"about this":-0.35,"about where":-0.39,"absolutely anything":0.34,"accept any":0.63,"account":-0.38,"account i":-0.39,"actually":-0.42,"afford":0.32,"afford to":0.32,"after":-0.47,"again":-0.38,"aisha":-0.3,"all":0.73,"all i":1.37,"am begging":0.62,"am desperate":0.57,"an":-0.32,"and my":0.42,"and this":0.56,"and would":0.46,"another no":0.52,"any position":0.63,"any pressure":-0.39,"any wage":0.68,"are":0.5,"are my":1.19,"as":-0.45,"ask":0.53,"at all":0.85,"at this":0.63,"attached":-0.33,"be open":-0.39,"be working":0.68,"been jobless":0.57,"been turned":0.52,"before":-0.31,"beg":0.52,"beg you":0.52,"begging":1.28,"begging you":1.28,"best":-0.88,"best wishes":-0.32,"bills":0.42,"bills piling":0.44,"but":-0.32,"can":-0.41,"can't":0.63,"can't afford":0.32,"can't take":0.52,"chance":1.1,"chance is":0.7,"chance please":0.32,"cheers":-0.64,"com":-0.54,"consider":0.74,"consider me":0.74,"current":-0.31,"day":-0.35,"dear":-0.9,"dear mr":-0.43,"dear ms":-0.39,"delighted":-0.34,"delighted to":-0.31,"depends":0.6,"depends on":0.6,"desperate":1.1,"desperate at":0.63,"desperate for":0.57,"desperately":0.68,"desperately need":0.68,"do":1.05,"do absolutely":0.34,"do not":0.38,"do whatever":0.75,"dollars":0.56,"dollars and":0.56,"don't":0.63,"don't feel":-0.39,"don't get":0.71,"don't know":0.68,"don't pass":0.55,"don't reject":0.49,"down":0.94,"down so":0.52,"down to":0.51,"dr":-0.35,"else to":0.68,"ever":-0.35,"everything":0.37,"everything to":0.49,"example":-0.41,"example com":-0.35,"eze":-0.3,"family":1.02,"family depends":0.6,"feedback":-0.31,"feel":-0.56,"feel under":-0.39,"few":0.5,"few dollars":0.56,"find":-0.32,"for free":0.31,"free if":0.31,"friday":-0.36,"from me":-0.33,"get this":0.71,"give":1.3,"give me":1.41,"god":0.42,"god do":0.52,"good":-0.44,"got":-0.34,"grace":-0.48,"grateful":-0.32,"hannah":-0.51,"has":-0.38,"have been":0.33,"have bills":0.42,"have nowhere":0.68,"hear":-0.31,"here":0.6,"here one":0.7,"hi":-1.07,"hire":0.68,"hire me":0.68,"honestly":0.35,"honestly don't":0.71,"hope i":-0.38,"hope right":1.23,"i ask":0.7,"i beg":0.52,"i honestly":0.71,"i hope":-0.31,"i promise":0.62,"i really":0.89,"i want":-0.32,"i will":0.35,"i won't":0.47,"i'd take":0.63,"i'll":0.67,"i'll do":1.14,"i'm begging":0.69,"i'm desperate":0.56,"i'm down":0.56,"i'm on":0.7,"i'm pleading":1.18,"i'm sure":-0.39,"if i":0.35,"if that's":0.31,"is all":0.7,"it takes":1.05,"it's":-0.34,"job":0.68,"job i":0.85,"job i'll":0.34,"job means":0.49,"job would":0.56,"jobless":0.57,"jobless since":0.57,"just":0.58,"just desperately":0.68,"just hire":0.75,"just please":0.42,"just wanted":-0.4,"kind":-0.49,"kind regards":-0.45,"knees":0.7,"knees here":0.7,"know if":-0.32,"know what":0.41,"last few":0.56,"left":-0.37,"let me":-0.4,"let this":0.52,"lose":0.32,"lose this":0.32,"many":0.33,"many times":0.52,"marcus":-0.31,"maya":-0.3,"me a":0.95,"me by":0.47,"me i":0.77,"me know":-0.38,"me my":0.6,"me over":0.88,"me this":0.96,"means":0.49,"means everything":0.49,"meeting":-0.35,"month for":0.31,"more":-0.53,"mr":-0.49,"mrs":-0.37,"ms":-0.56,"my account":-0.39,"my family":1.02,"my knees":0.7,"my only":1.23,"name":0.5,"name of":0.52,"need":0.48,"need this":1.28,"no please":0.52,"no rush":-0.31,"not let":0.52,"not to":0.35,"now":0.78,"nowhere":0.68,"nowhere else":0.68,"of god":0.52,"offer":-0.31,"on it":0.6,"one chance":0.93,"only":1.0,"only hope":1.23,"open":-0.36,"open about":-0.36,"opportunity":0.41,"opportunity pass":0.52,"over":0.4,"over this":0.42,"pass":1.17,"pass me":1.45,"pick":0.84,"pick me":0.93,"piling":0.44,"piling up":0.44,"pleading":1.32,"pleading with":1.32,"please":1.21,"please don't":0.47,"please give":0.65,"please i":0.56,"please let":-0.36,"please pick":0.93,"please please":0.62,"pls":0.57,"pls sir":0.57,"point":0.53,"point and":0.63,"position at":0.45,"pressure":-0.39,"pressure on":-0.39,"priya":-0.42,"probably":-0.32,"promise":0.62,"promise you":0.62,"really can't":0.83,"really have":0.53,"really need":0.77,"really really":0.44,"regards":-1.0,"regret":0.62,"regret it":0.62,"reject":0.49,"reject me":0.49,"right":1.13,"right now":1.23,"role i":0.65,"rush":-0.33,"save":0.51,"save me":0.56,"shot":0.78,"since 0":0.57,"sincerely":-0.8,"sir":0.51,"sir i":0.66,"so many":0.52,"stand":-0.44,"start":-0.54,"sure":-0.38,"take":0.47,"take another":0.52,"take any":0.68,"takes":0.95,"takes if":0.75,"takes just":0.31,"tell":-0.31,"tell me":-0.32,"thanks":-0.69,"thanks again":-0.34,"that's what":0.31,"the name":0.5,"things":-0.55,"things stand":-0.39,"this":0.69,"this chance":0.49,"this job":1.64,"this opportunity":0.57,"this point":0.63,"this position":0.38,"this role":0.42,"this week":-0.32,"times":0.4,"times that":0.52,"to accept":-0.32,"to consider":0.6,"to give":0.61,"to lose":0.32,"to my":0.47,"to pass":0.41,"to turn":0.68,"to work":-0.34,"turn":0.68,"turn i":0.53,"turned":0.43,"turned down":0.52,"two":-0.39,"under":-0.42,"under any":-0.39,"very":-0.33,"wage":0.65,"wage at":0.68,"want":-0.51,"want this":-0.4,"wanted":-0.38,"wanted to":-0.35,"warm":-0.31,"was":-0.31,"week":-0.41,"welcome":-0.33,"well":-0.58,"what i'll":0.71,"what it":0.31,"whatever":0.58,"whatever it":0.71,"where things":-0.39,"whether":-0.44,"will do":0.75,"wishes":-0.34,"with you":0.62,"won't":1.08,"won't regret":0.62,"working":0.39,"would accept":0.63,"would save":0.56,"you are":0.77,"you in":0.49,"you just":0.62,"you need":-0.75,"you not":0.42,"you please":0.55,"you to":1.04,"you well":-0.32,"you won't":0.62,"you're":-0.39,"yours":-0.53}}]};
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
