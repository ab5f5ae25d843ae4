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
  var SENTENCE_MODEL = {"min_score":-0.4055,"categories":[{"flag":"pressure","code":"AV501","bias":-5.7514,"weights":{"0":-0.32,"0 0":-0.45,"0 hours":0.71,"<q>":2.3,"a company":-0.39,"a decision":0.56,"a firm":0.39,"a no":1.25,"a response":0.45,"a ring":0.48,"a verdict":0.81,"a week":-0.35,"a yes":0.85,"accept elsewhere":0.44,"actually":-0.32,"after":-0.55,"afternoon":-0.3,"again":-0.4,"all":-0.43,"along":0.47,"along i":0.49,"an":0.39,"an answer":0.67,"an update":0.54,"and accept":0.47,"and revert":0.71,"and tell":0.55,"another company":0.59,"answer":2.03,"answer before":0.8,"answer by":0.4,"answer from":0.39,"answer within":0.62,"anxious":0.32,"anxious so":0.32,"any chance":0.6,"any news":0.39,"anything":-0.59,"anything else":-0.4,"application":0.52,"appreciate":0.77,"appreciate a":1.1,"are you":0.51,"aren't":0.33,"aren't interested":0.44,"around":0.76,"around indefinitely":0.62,"as i":0.78,"as two":0.49,"asked":-0.63,"asked for":-0.55,"assessment":-0.41,"assessment will":-0.4,"assume":0.69,"assume you":0.43,"attached":-0.45,"available":-0.31,"back":0.34,"back from":0.84,"be":-0.31,"be at":-0.4,"be calling":0.61,"be in":0.31,"been asked":-0.35,"been made":0.46,"been selected":0.71,"been successful":0.61,"before":0.64,"before the":0.43,"before you":1.17,"best":-0.87,"bills piling":-0.32,"bills to":0.49,"bonus":-0.39,"but":-0.33,"by":0.85,"by friday":0.78,"by tomorrow":0.68,"by tuesday":0.45,"by wednesday":0.3,"call":-0.31,"calling":0.61,"calling your":0.61,"can i":0.41,"can we":0.49,"can't":0.66,"can't keep":0.48,"can't wait":0.52,"candidates":-0.31,"car":-0.58,"chance you":0.6,"cheers":-0.65,"com":-0.53,"comes":-0.5,"comes with":-0.5,"company car":-0.44,"company is":0.59,"completely":-0.42,"confirm by":1.14,"confirm whether":-0.75,"contract":-0.36,"contract by":-0.36,"could tell":0.6,"could you":-0.47,"current":-0.32,"cut":0.59,"dear":-0.93,"dear mr":-0.44,"dear ms":-0.43,"decide":0.77,"decide by":-0.34,"decide quickly":0.33,"decision":1.45,"decision from":0.51,"decision has":0.46,"decision on":0.58,"decision this":0.48,"did":0.72,"did i":1.02,"do":-0.46,"do you":0.37,"does":-0.7,"does the":-0.7,"don't hear":0.71,"down":-0.35,"dr":-0.36,"drag":0.45,"drag this":0.45,"either":0.5,"either way":0.5,"else":-0.53,"end":0.3,"end of":0.54,"every":0.3,"every day":0.37,"every morning":0.61,"example":-0.44,"example com":-0.35,"expect":0.82,"expect an":1.03,"expedite":0.71,"expedite the":0.71,"eze":-0.33,"fast":0.48,"fast as":0.49,"fifth":0.56,"fifth follow":0.63,"final":0.78,"final answer":0.8,"find out":0.41,"firm answer":0.39,"firms":0.49,"firms want":0.49,"for my":-0.33,"for this":-0.35,"for you":0.58,"forward":-0.33,"fourth":0.54,"fourth time":0.54,"free":-0.41,"friday at":0.51,"friday whether":0.65,"from home":-0.32,"from me":-0.58,"from you":1.07,"get an":0.61,"get your":0.94,"getting anxious":0.32,"give":0.54,"give you":0.48,"going":0.67,"going through":0.49,"going to":0.51,"good":-0.47,"got":0.72,"got it":0.41,"got the":0.71,"grace":-0.48,"had":-0.53,"hannah":-0.53,"has the":0.58,"have":0.38,"have since":-0.49,"have three":0.38,"have two":0.33,"have you":1.46,"have your":0.62,"health insurance":-0.31,"hear":0.76,"hear back":0.88,"hear by":0.44,"hear something":0.48,"hearing":-0.37,"help me":0.59,"hi":-1.1,"hold":0.38,"holding":0.7,"holding off":0.7,"home":-0.36,"honestly":-0.57,"hope":-0.7,"hope to":-0.4,"hoped":-0.37,"hoped to":-0.37,"hourly":-0.31,"hours":0.62,"how much":0.5,"how soon":0.71,"hurry":0.7,"hurry up":0.7,"i can":-0.33,"i can't":1.08,"i don't":0.45,"i expect":1.27,"i get":0.31,"i got":0.86,"i have":0.35,"i hear":0.48,"i hope":-0.35,"i made":0.36,"i make":1.02,"i need":1.55,"i really":-0.71,"i stand":0.45,"i understand":-0.35,"i was":-0.37,"i will":0.3,"i'd appreciate":1.1,"i'd like":0.46,"i'll":0.66,"i'll assume":0.71,"i'll be":0.35,"i'll do":-0.36,"i'll give":0.48,"i'll keep":-0.3,"i'll need":0.39,"i'll return":-0.36,"i'll take":0.32,"i'm getting":0.32,"i'm going":0.49,"i'm holding":0.7,"i've written":0.54,"idea":-0.4,"if":0.31,"if i":1.46,"if the":0.43,"if you":-0.68,"in":-0.35,"include":-0.48,"indefinitely":0.62,"indefinitely for":0.62,"indication":0.49,"indication today":0.49,"insurance":-0.31,"interest":0.32,"interest to":0.33,"interested and":0.42,"interview":-0.35,"interviews":0.37,"interviews this":0.7,"is it":0.85,"is mine":1.08,"is my":0.44,"is ready":0.61,"is there":-0.85,"it a":0.85,"it that":0.39,"it to":0.32,"it was":-0.32,"it would":0.76,"it's a":0.32,"its decision":0.47,"job i":-0.4,"job is":1.08,"job or":0.51,"job pay":-0.34,"join":-0.3,"just tell":0.85,"keep my":0.46,"keep this":-0.3,"kind":-0.58,"kind regards":-0.45,"kindly":0.62,"kindly expedite":0.71,"know if":0.52,"know yet":0.6,"last":-0.62,"last week":-0.31,"later":0.84,"later than":0.84,"latest":0.51,"leave":-0.33,"leeds":-0.42,"leeds office":-0.4,"let":-0.6,"let me":-0.38,"let's":0.45,"let's not":0.45,"life":0.48,"life on":0.48,"longer":0.94,"longer before":1.17,"made it":0.4,"make":0.53,"make a":-0.5,"make the":1.02,"many":-0.31,"marcus":-0.32,"may want":0.38,"me before":-0.4,"me either":0.54,"me if":0.69,"me know":-0.42,"me out":0.55,"me some":0.49,"me the":0.7,"me this":-0.35,"me today":0.4,"me what":-0.41,"me yet":0.58,"meeting":-0.35,"mentioned":-0.36,"mine":1.07,"misery":0.55,"misery and":0.55,"monday i'll":0.47,"monday morning":0.96,"month":-0.45,"more":-0.49,"morning":1.17,"morning to":0.96,"morning until":0.61,"morning whether":0.5,"move fast":0.49,"move quickly":0.38,"mr":-0.49,"mrs":-0.35,"ms":-0.58,"much does":-0.34,"much for":-0.33,"much longer":1.17,"my answer":-0.5,"my application":0.52,"my fifth":0.63,"my life":0.48,"my misery":0.55,"my previous":-0.38,"myself":-0.31,"need":1.54,"need a":0.88,"need from":-0.4,"need this":-0.53,"need to":1.2,"need you":0.47,"need your":0.8,"news on":0.39,"next two":0.62,"next week":-0.38,"no":0.95,"no later":0.84,"not":0.47,"not drag":0.45,"not in":0.39,"note":-0.32,"now":-0.39,"of when":-0.3,"of whether":0.47,"off":0.51,"off on":0.7,"offer and":-0.62,"offer for":0.7,"offer me":0.51,"offering":0.5,"offering me":0.5,"office every":0.61,"office or":-0.4,"often":-0.38,"okafor":-0.3,"on another":0.7,"on hold":0.48,"on me":0.43,"on my":0.37,"on the":-0.33,"on weekends":-0.34,"on whether":1.06,"one":-0.58,"online":-0.4,"or":1.11,"or a":0.58,"or not":1.4,"or online":-0.4,"other":1.09,"other firms":0.49,"other interviews":0.7,"otherwise":0.39,"otherwise i'll":0.39,"out":0.52,"out i":0.45,"out whether":0.41,"outcome":0.66,"outcome within":0.71,"over":-0.35,"panel reached":0.58,"pay":-0.62,"pay on":-0.34,"phone":0.64,"phone on":0.96,"pick":-0.36,"picked":0.67,"picked someone":0.67,"piling":-0.32,"piling up":-0.32,"plan around":0.49,"please":0.49,"please confirm":0.65,"please hurry":0.7,"please just":0.54,"please put":0.55,"possible":-0.39,"possible to":-0.32,"practical":-0.38,"practical assessment":-0.4,"previous":-0.49,"priya":-0.45,"probably":-0.31,"process and":0.59,"put":0.36,"put me":0.47,"quickly":0.83,"quite":-0.36,"rather":-0.32,"reached":1.16,"reached a":0.81,"reached its":0.58,"ready":0.58,"ready to":0.58,"really":-0.5,"really help":0.62,"really need":-0.41,"really really":-0.32,"received":-0.56,"received another":-0.4,"regards":-1.02,"response":0.43,"response today":0.63,"return":-0.36,"return the":-0.35,"revert":0.96,"revert with":0.71,"ring":0.46,"ring every":0.48,"role comes":-0.42,"role or":0.67,"running":0.37,"salary":-0.64,"second":-0.33,"selected":0.69,"share":-0.38,"shift":-0.36,"short":-0.31,"signed":-0.41,"signed contract":-0.36,"since":-0.43,"since another":0.47,"since received":-0.42,"sincerely":-0.82,"so":0.53,"so can":0.32,"so did":1.02,"so i":-0.57,"so i'd":0.51,"so it":0.33,"so much":-0.33,"so please":1.09,"so you":0.36,"some":0.49,"some indication":0.49,"someone":0.56,"someone for":0.67,"soon":0.41,"soon will":0.71,"speed":0.95,"speed things":0.95,"spot":0.46,"spot i":0.47,"stand by":0.45,"start":-0.52,"start on":-0.32,"still":-0.41,"successful":0.61,"successful yet":0.61,"sure you":0.51,"take it":0.36,"tell":0.85,"tell me":0.91,"than":0.47,"than wednesday":0.84,"thanks":-0.69,"thanks again":-0.32,"that":-0.35,"that i'm":0.33,"the cut":1.02,"the day":0.71,"the end":0.53,"the fourth":0.54,"the job":1.01,"the latest":0.51,"the leeds":-0.4,"the outcome":0.66,"the position":0.35,"the practical":-0.4,"the process":0.36,"the running":0.52,"the salary":-0.45,"the second":-0.31,"the signed":-0.36,"the spot":0.47,"the third":0.44,"the way":-0.3,"the weekend":0.77,"there":-0.92,"there any":-0.5,"there anything":-0.35,"things":0.44,"things along":0.49,"things up":0.47,"third":0.44,"third time":0.44,"this chance":-0.31,"this is":0.7,"this job":-0.48,"this morning":-0.32,"this one":-0.43,"this out":0.45,"this role":-0.5,"this short":-0.3,"this week":2.08,"thought":-0.34,"three other":0.38,"time i've":0.54,"time this":0.46,"timeline":-0.38,"times":-0.33,"to find":0.41,"to get":0.43,"to have":0.43,"to hire":0.47,"to know":0.38,"to make":-0.38,"to move":0.5,"to offer":0.51,"to plan":0.47,"to speed":0.47,"today":1.04,"today of":0.49,"today whether":0.42,"tom":-0.33,"tomorrow":0.83,"tomorrow morning":0.5,"tomorrow whether":0.35,"two":0.46,"two days":0.62,"two other":0.81,"understand i":0.62,"until":0.93,"until i":1.08,"up":0.45,"up for":0.46,"up on":-0.42,"up so":0.63,"verdict":0.81,"verdict on":0.81,"very":-0.32,"wait":0.39,"wait around":0.62,"want me":0.49,"warm":-0.34,"warm regards":-0.34,"was":-0.4,"was a":-0.32,"we speed":0.49,"wednesday":0.43,"wednesday otherwise":0.39,"week":0.38,"week as":0.48,"week on":0.46,"week so":0.76,"week until":0.48,"weekend":0.42,"weekends":-0.34,"well":-0.53,"what":-0.48,"what the":-0.43,"when":-0.42,"when can":0.41,"when you":-0.48,"whether":1.59,"whether a":0.33,"whether i":0.8,"whether i'm":0.67,"whether i've":0.86,"whether the":-0.58,"whether you're":0.65,"which":-0.4,"who":-0.3,"will":0.38,"will be":-0.42,"will i":0.71,"will phone":0.96,"wishes":-0.32,"with a":-0.48,"within":1.16,"within 0":0.71,"within the":0.62,"without":-0.3,"won't":-0.38,"working":-0.46,"would i":-0.33,"would need":0.8,"would really":0.54,"would the":-0.31,"written":0.37,"written so":0.54,"yes":0.77,"yes or":0.85,"yet":1.61,"yet if":0.6,"you aren't":0.44,"you by":0.88,"you confirm":-0.42,"you could":0.52,"you decide":1.02,"you expect":-0.41,"you give":0.39,"you going":0.51,"you had":-0.35,"you know":0.33,"you let":-0.36,"you may":0.38,"you need":-0.67,"you no":0.84,"you picked":0.67,"you reached":0.81,"you so":0.31,"you tell":-0.58,"you understand":0.62,"you'll":0.32,"you'll need":0.63,"you're":0.37,"you're offering":0.65,"your answer":1.22,"your decision":0.75,"your final":0.8,"your interest":0.33,"your office":0.6,"your team":-0.31,"yours":-0.55}},{"flag":"silence-complaint","code":"AV508","bias":-5.8022,"weights":{"0":-0.3,"0 0":-0.45,"<q>":-0.64,"a bit":1.94,"a day":0.4,"a final":0.37,"a little":0.51,"a minute":0.36,"a nightmare":-0.36,"a shame":0.84,"a short":0.5,"a word":0.37,"acknowledgement":0.64,"acknowledgement by":0.64,"after":0.77,"after a":0.59,"after coming":0.48,"after i":0.32,"after the":0.47,"again":-0.45,"an":0.44,"an acknowledgement":0.64,"an automated":0.51,"and nothing":0.46,"and still":0.72,"another":-0.46,"answer last":0.32,"any information":0.43,"anything":0.69,"anything has":0.45,"anything in":0.62,"applicants":0.46,"as":-0.41,"asked":-0.3,"assessment day":0.3,"at least":1.28,"automated":0.5,"automated reply":0.51,"back":0.74,"back to":0.52,"be honest":0.71,"be kept":0.73,"be left":0.55,"been":1.84,"been checking":0.77,"been courteous":0.61,"been hard":0.68,"been in":0.46,"been pretty":0.34,"been quite":0.41,"been really":0.91,"been refreshing":0.46,"before":-0.33,"being":0.61,"being kept":0.49,"being left":0.56,"best":-0.89,"bit":1.8,"bit demoralising":0.46,"bit disrespectful":0.37,"bit gutted":0.46,"bit ignored":0.45,"bit rude":0.3,"busy but":0.49,"but being":0.49,"by now":1.01,"can't":-0.34,"candidates":1.01,"candidates deserve":0.5,"candidates know":0.61,"checking":0.69,"checking my":0.77,"cheers":-0.67,"com":-0.6,"com in":-0.34,"coming":0.3,"coming all":0.48,"completely":-0.31,"confidence":0.56,"could spare":0.36,"courteous":0.61,"courteous to":0.61,"current":-0.57,"current employer":-0.32,"dark":0.88,"dark after":0.48,"dark for":0.41,"day":0.39,"day and":0.55,"day off":0.4,"days and":0.46,"dear":-0.91,"dear mr":-0.44,"dear ms":-0.42,"decency":0.5,"decency to":0.5,"decision":-0.31,"demoralising":0.55,"deserve":0.5,"deserve at":0.5,"disappointed":0.61,"disappointed that":0.62,"disappointing":1.01,"disappointing that":0.41,"discouraging":0.58,"discouraging to":0.48,"disheartening":0.41,"disheartening to":0.41,"disrespectful":0.37,"down":0.48,"down by":0.45,"down not":0.51,"dr":-0.33,"employer":-0.4,"employer has":-0.35,"even an":0.51,"every day":0.72,"example":-0.39,"example com":-0.34,"eze":-0.33,"feel a":0.4,"feeling":0.41,"feeling rather":0.45,"feels":0.55,"feels a":0.66,"final":0.63,"final round":0.92,"find it":0.41,"followed":0.41,"followed up":0.41,"following":-0.36,"for at":0.64,"for ten":0.46,"for this":0.58,"for weeks":0.49,"four hour":0.3,"friday":-0.32,"from hr":0.71,"from port":0.48,"get even":0.51,"get no":0.32,"go quiet":0.3,"good":-0.52,"got":0.38,"got back":0.62,"grace":-0.48,"gutted":0.46,"gutted nobody's":0.46,"had the":0.45,"hanging":0.56,"hanging after":0.56,"hannah":-0.53,"harcourt":0.48,"harcourt for":0.48,"hard":1.02,"hard on":0.77,"hard to":0.4,"has":1.75,"has been":0.83,"has followed":0.41,"has got":0.62,"has had":0.5,"has left":0.45,"have heard":0.38,"have received":0.31,"haven't":0.62,"haven't heard":0.62,"hear nothing":0.34,"heard":0.71,"heard anything":0.62,"heard something":0.38,"hearing anything":0.55,"hi":-1.1,"honest":0.71,"honest the":0.48,"honestly":0.84,"honestly disappointed":0.62,"honestly it's":0.32,"hope":-0.47,"hoping":0.51,"hoping for":0.6,"hour assessment":0.3,"how":-0.33,"hr":0.43,"hr side":0.43,"i feel":0.4,"i find":0.41,"i have":-0.46,"i haven't":0.62,"i really":-0.35,"i thought":0.34,"i took":0.36,"i was":1.18,"i'd at":0.38,"i'll":-0.47,"i'm":-0.46,"i'm a":0.46,"i'm honestly":0.62,"i'm sad":0.5,"i've":-0.33,"if":-0.58,"ignored":0.45,"ignored tbh":0.45,"in limbo":0.49,"in over":0.62,"inbox":0.42,"inbox for":0.46,"information from":0.43,"interview has":0.46,"interview so":0.4,"is a":0.4,"is disappointing":0.38,"is hard":0.49,"is quite":0.73,"is very":0.41,"it disappointing":0.41,"it feels":0.3,"it is":0.76,"it was":-0.34,"it would":0.52,"it's":1.58,"it's a":0.57,"it's been":0.78,"it's quite":0.41,"job":-0.4,"just":-0.47,"kept":1.13,"kept in":0.96,"kind":-0.5,"kind regards":-0.47,"knocked":0.56,"knocked my":0.56,"know where":0.53,"least":1.2,"least a":0.5,"least an":0.64,"least have":0.38,"left":1.09,"left hanging":0.56,"left in":0.41,"left me":0.45,"let":0.58,"let candidates":0.61,"let down":0.95,"like":-0.37,"limbo":0.49,"limbo for":0.49,"linkedin":-0.34,"linkedin com":-0.34,"little":0.48,"little let":0.51,"long":1.14,"long without":0.43,"made":-0.31,"marcus":-0.31,"me feeling":0.45,"me since":0.45,"minute":0.36,"minute to":0.36,"more":-0.31,"mr":-0.49,"mrs":-0.35,"ms":-0.58,"my confidence":0.56,"my current":-0.56,"my inbox":0.46,"my last":-0.34,"my phone":0.68,"need":-0.32,"news":0.31,"news has":0.57,"next":-0.34,"nightmare":-0.36,"nightmare to":-0.33,"no":0.55,"no news":0.57,"no one":0.58,"no reply":0.32,"no rush":-0.3,"nobody":1.41,"nobody could":0.36,"nobody has":0.93,"nobody's":0.46,"nobody's been":0.46,"not":0.42,"not hearing":0.83,"not to":0.94,"nothing":1.13,"nothing for":0.34,"nothing which":0.46,"now":0.9,"now which":0.38,"off work":0.4,"offer":-0.35,"okafor":-0.31,"on applicants":0.49,"on the":-0.31,"one":0.48,"one has":0.58,"our chat":0.38,"over three":0.62,"painful":0.9,"painful to":0.9,"phone":0.55,"phone every":0.77,"please":-0.54,"port":0.48,"port harcourt":0.48,"pretty discouraging":0.34,"priya":-0.44,"promised an":0.32,"quiet after":0.3,"quite":1.28,"quite disheartening":0.41,"quite painful":0.48,"quite upsetting":0.57,"rather":0.35,"rather let":0.45,"really knocked":0.56,"really upsetting":0.48,"received one":0.5,"refreshing":0.44,"refreshing my":0.46,"regards":-1.02,"reply":0.74,"reply after":0.32,"reply and":0.5,"round":0.47,"round feels":0.37,"round really":0.56,"rude":0.3,"rude to":0.3,"rush":-0.32,"sad":0.5,"sad not":0.5,"shame":0.84,"shame nobody":0.84,"short":0.32,"short reply":0.5,"side":0.3,"silence":0.99,"silence since":0.84,"since":0.61,"since our":0.66,"since the":0.8,"since then":0.38,"sincerely":-0.81,"sir it":0.43,"so long":0.43,"so the":0.32,"something by":0.38,"spare":0.36,"spare a":0.36,"stand":0.42,"still nothing":0.77,"tbh":0.45,"tbh nobody":0.45,"ten":0.41,"ten days":0.46,"thanks":-0.68,"thanks again":-0.31,"that no":0.41,"the dark":0.88,"the decency":0.5,"the final":0.43,"the interview":0.46,"the silence":0.53,"the wait":0.45,"the whole":0.34,"then has":0.4,"there":-0.4,"things":0.37,"things stand":0.52,"this":-0.32,"this interview":0.4,"this long":0.5,"thought i'd":0.35,"three":0.64,"three weeks":0.93,"times":-0.31,"to be":0.83,"to get":0.82,"to have":0.33,"to let":0.4,"to me":0.49,"to reply":-0.31,"to take":0.3,"to update":0.84,"to wait":0.42,"to work":-0.42,"tom":-0.32,"took":0.31,"took a":0.4,"touch since":0.46,"understand you're":0.49,"up since":0.41,"update":0.73,"update me":0.84,"upsetting":1.02,"upsetting to":0.57,"very painful":0.43,"wait":0.69,"wait so":0.43,"wait with":0.48,"want":-0.37,"warm":-0.34,"warm regards":-0.34,"was hoping":0.64,"was promised":0.32,"way from":0.48,"we":-0.36,"weeks":0.76,"weeks is":0.49,"weeks without":0.37,"what":-0.3,"where things":0.52,"whether":-0.38,"which":0.92,"which is":0.96,"whole":0.34,"whole process":0.39,"wishes":-0.33,"with no":0.81,"with the":-0.3,"without":0.8,"without a":0.37,"without any":0.54,"word":0.51,"word after":0.37,"would have":0.61,"yesterday":-0.4,"you're busy":0.49,"yours":-0.6}},{"flag":"passive-aggressive","code":"AV508","bias":-5.7677,"weights":{"0":-0.38,"0 0":-0.46,"0 staff":0.55,"<q>":-0.33,"a bit":-0.31,"a decision":-0.31,"a polite":0.77,"a record":0.85,"a response":0.5,"a second":-0.4,"a sign":0.54,"accept":-0.34,"actually":1.81,"actually gets":0.69,"actually reaches":0.99,"actually received":0.64,"adeyemi":-0.33,"advance":1.08,"advance for":1.08,"after":-0.5,"again":0.67,"again for":-0.34,"again i":0.57,"again since":0.44,"again to":0.61,"air":0.47,"all":-0.41,"am following":0.57,"an":-0.33,"answer the":0.61,"any day":0.4,"application":0.78,"application this":0.64,"are":-0.35,"aren't being":0.33,"as":0.78,"as a":0.35,"as i":0.63,"as i've":0.68,"as per":0.61,"as stated":0.88,"at my":-0.31,"at your":0.47,"attached":-0.41,"attaching":0.49,"attaching my":0.49,"available":1.41,"available any":0.8,"available for":0.31,"back":0.74,"back to":0.59,"be a":0.57,"be clear":0.61,"because i":0.55,"been far":0.41,"been too":0.35,"been waiting":0.72,"before":0.31,"before i":0.85,"being read":0.33,"best":-0.88,"bit":-0.31,"busy":0.84,"busy so":0.35,"busy to":0.75,"by":-0.36,"can start":0.65,"case":1.05,"case it":0.91,"case it's":0.49,"chance":-0.32,"checking":0.41,"checking you":0.64,"cheers":-0.66,"clear":0.55,"clear i":0.61,"clearly":0.33,"clearly aren't":0.33,"com":-0.64,"com in":-0.38,"communication":0.56,"communication works":0.58,"course":0.59,"course i've":0.72,"cv":1.46,"cv for":0.49,"cv in":0.48,"day this":0.37,"dear":-0.92,"dear mr":-0.45,"dear ms":-0.43,"decision":-0.36,"did":0.3,"did answer":0.61,"do":-0.37,"dr":-0.32,"during the":0.34,"earlier":0.71,"earlier email":0.55,"earlier messages":0.35,"email":1.55,"email because":0.55,"email i'm":0.37,"email reached":0.53,"emails":1.09,"emails clearly":0.33,"emails i":0.41,"employer":-0.68,"employer treated":-0.45,"ended":0.56,"ended up":0.56,"even":0.39,"even for":0.85,"example":-0.4,"example com":-0.34,"except":-0.4,"except tuesday":-0.37,"explained":0.61,"explained more":0.69,"extremely":0.35,"extremely busy":0.35,"eze":-0.34,"far":0.41,"far too":0.41,"finally":1.08,"finally getting":1.08,"floating":0.62,"floating this":0.62,"folder":0.56,"follow":0.82,"follow up":0.82,"following":1.19,"following up":1.3,"for 0":0.55,"for a":-0.52,"for finally":1.08,"for hr":0.85,"from last":0.82,"gap":0.6,"gap in":0.6,"get":-0.44,"gets":0.69,"gets a":0.69,"getting":0.76,"getting back":1.08,"give":-0.32,"gone":0.49,"gone missing":0.49,"good":-0.41,"got lost":0.43,"grace":-0.49,"had":-0.35,"hannah":-0.54,"has":-0.65,"has been":-0.56,"have vanished":0.67,"heard":0.39,"heard back":0.55,"here":0.39,"here it":0.53,"hi":-1.11,"honestly":-0.53,"honestly my":-0.39,"hope this":0.9,"hopefully":0.69,"hopefully this":0.69,"how communication":0.58,"hr":0.68,"i can":0.51,"i did":0.47,"i explained":0.69,"i have":-0.42,"i hope":-0.36,"i mentioned":0.31,"i never":0.55,"i pointed":0.37,"i remain":0.35,"i sent":0.4,"i will":-0.35,"i'd":-0.49,"i'll":0.79,"i'll keep":0.67,"i'll take":0.81,"i'm available":0.94,"i'm not":-0.38,"i'm resending":0.55,"i'm still":0.69,"i'm sure":0.51,"i've been":-0.4,"i've now":0.68,"i've only":0.69,"i've run":0.53,"if my":0.53,"in advance":1.08,"in case":1.37,"in my":0.73,"in the":-0.36,"in your":0.37,"inbox":0.81,"inbox again":0.85,"interview":-0.34,"interview any":-0.37,"interview i've":0.68,"into thin":0.47,"is":-0.36,"is once":0.53,"it got":0.43,"it's gone":0.49,"job":-0.61,"joining":-0.32,"just":1.36,"just a":0.56,"just checking":0.51,"just floating":0.62,"just resending":0.43,"keen":-0.36,"keep":0.35,"keep this":0.67,"kind":-0.57,"kind regards":-0.45,"last":0.87,"last email":0.78,"last employer":-0.61,"last three":0.41,"last time":0.35,"last two":1.14,"last week":0.53,"left":-0.3,"like i":0.64,"like last":0.35,"like numbers":-0.36,"linkedin":-0.38,"linkedin com":-0.38,"longer emails":0.33,"lost":0.91,"lost again":0.48,"lost the":0.43,"made":-0.32,"march":0.31,"marcus":-0.32,"mentioned":0.64,"mentioned in":0.41,"mentioned twice":0.68,"messages":1.27,"messages ended":0.56,"messages seem":0.47,"missing":0.49,"missing again":0.49,"monday":0.75,"monday i":0.61,"more than":0.69,"mr":-0.49,"mrs":-0.36,"ms":-0.58,"much":-0.32,"must":0.71,"must be":0.85,"my application":0.78,"my cv":1.46,"my earlier":0.75,"my follow":0.82,"my last":0.85,"my longer":0.33,"my previous":1.09,"my voicemail":0.61,"need":-0.36,"never":0.45,"never heard":0.55,"no rush":0.58,"not":-0.46,"not sure":0.41,"note i'm":0.44,"nothing":-0.33,"now mentioned":0.68,"numbers":-0.39,"nurses":-0.3,"of course":0.72,"of how":0.34,"of your":0.6,"okafor":-0.31,"on monday":1.05,"on whether":-0.32,"once":1.35,"once again":0.47,"once during":0.69,"once more":0.3,"one":0.72,"one actually":1.66,"only":0.5,"only been":0.72,"other":-0.31,"out in":0.37,"own":-0.31,"payroll":0.57,"payroll for":0.65,"per":1.25,"per my":1.28,"perhaps":0.56,"perhaps my":0.56,"please":-0.54,"pointed":0.37,"pointed out":0.37,"polite":0.77,"polite reminder":0.77,"position":-0.34,"previous":1.48,"previous email":0.37,"previous messages":0.56,"previous note":0.44,"previous two":0.43,"priya":-0.46,"probably":-0.31,"question about":0.32,"reached":0.39,"reached you":0.53,"reaches":0.92,"reaches you":0.99,"read":0.61,"read my":0.34,"really":-0.53,"reattaching":0.48,"reattaching my":0.48,"received":0.38,"received my":0.59,"record":0.83,"record even":0.85,"regards":-1.02,"remain":0.34,"remain available":0.52,"reminder":0.75,"reminder that":0.77,"resending":1.41,"resending my":0.55,"resending this":0.89,"response":0.49,"run payroll":0.69,"rush":0.5,"rush of":0.71,"second interview":-0.38,"second round":0.63,"seems":0.44,"seems to":0.44,"sent":0.4,"sent on":0.4,"short":0.51,"short like":0.35,"short since":0.33,"sign":0.51,"sign of":0.58,"silence":0.62,"silence as":0.58,"simply":0.35,"simply been":0.35,"since":0.71,"since march":0.72,"since my":0.85,"sincerely":-0.83,"so here":0.53,"so i'll":0.35,"soon":-0.31,"spam":0.56,"spam folder":0.56,"start on":0.37,"stated":0.88,"stated twice":0.88,"status":0.57,"status of":0.57,"still":0.4,"still interested":0.41,"still waiting":1.02,"sure":0.75,"sure if":0.53,"sure you're":0.35,"sure you've":0.59,"take the":0.79,"than":0.3,"than once":0.69,"thanks":-0.58,"thanks again":-0.86,"thanks in":1.08,"that i":-0.31,"that i'm":0.72,"the follow":0.4,"the gap":0.61,"the previous":0.43,"the question":0.41,"the second":0.58,"the silence":0.78,"the status":0.57,"the top":0.83,"thin":0.4,"thin air":0.47,"this":0.57,"this in":0.43,"this is":-0.38,"this job":-0.36,"this one":1.53,"this short":0.67,"this since":0.47,"this time":0.57,"this to":0.85,"three":0.49,"three emails":0.41,"three weeks":0.55,"time in":0.49,"times":0.64,"to have":0.58,"to me":0.58,"to read":0.34,"today":-0.32,"tom":-0.33,"too":0.73,"too busy":0.75,"top":0.71,"top of":0.85,"treated":-0.45,"treated us":-0.36,"tuesday":-0.41,"twice":1.45,"twice before":0.79,"twice i'm":0.68,"two":0.6,"two emails":0.41,"two messages":0.47,"two times":0.71,"unlike":-0.35,"unlike my":-0.35,"up":0.56,"up from":0.82,"up i":0.4,"up in":0.52,"up on":1.4,"us":-0.42,"us like":-0.36,"vanished":0.67,"vanished into":0.47,"very":-0.37,"voicemail":0.61,"voicemail on":0.61,"waiting":1.39,"waiting since":0.72,"waiting to":0.77,"want":-0.33,"warm":-0.35,"warm regards":-0.34,"was a":-0.4,"was lost":0.48,"we":-0.45,"week except":-0.4,"weeks must":0.85,"well":-0.46,"whether":-0.46,"will":-0.52,"will start":-0.32,"wishes":-0.32,"works":0.53,"works at":0.58,"wow":0.85,"wow three":0.85,"yesterday":-0.33,"you so":0.34,"you're extremely":0.35,"you've":0.59,"you've been":0.41,"you've simply":0.35,"your company":0.57,"your inbox":0.85,"your spam":0.56,"yours":-0.62}},{"flag":"badmouth","code":"AV510","bias":-5.704,"weights":{"0":-0.44,"0 0":-0.44,"<q>":-0.63,"a bit":-0.66,"a boss":0.48,"a bully":0.85,"a change":0.51,"a clueless":0.52,"a crook":0.55,"a great":-0.41,"a joke":0.36,"a nightmare":1.21,"a relief":0.99,"a rota":0.39,"a shambles":1.21,"a similar":-0.31,"a unit":0.31,"about teaching":0.41,"accept":-0.34,"actually":0.74,"actually seem":0.51,"actually seemed":0.5,"after four":0.52,"after years":0.48,"again":-0.39,"agency":0.79,"agency i":0.79,"all day":0.87,"am is":0.72,"an":-0.34,"and dishonest":0.47,"and everyone":0.43,"and get":0.87,"and management":0.4,"and nothing":-0.43,"and shout":0.51,"and the":0.31,"any modern":0.53,"appealed":0.5,"appealed to":0.5,"applying":0.67,"approach":0.52,"approach was":0.52,"are":0.62,"are completely":0.56,"are lazy":0.77,"as":-0.48,"at everyone":0.48,"at had":0.42,"at my":0.52,"at now":0.93,"at staff":0.51,"attached":-0.3,"awful":0.42,"awful leadership":0.42,"back":-0.33,"backed":0.42,"backed us":0.42,"backward":0.53,"backward and":0.53,"badly":0.9,"badly run":0.96,"because":0.37,"because my":0.37,"because their":0.47,"been":-0.43,"been a":0.36,"been refreshing":-0.43,"belittles":0.96,"belittles the":0.96,"best":-0.94,"bit":-0.71,"bit demoralising":-0.43,"boss":1.67,"boss has":0.51,"boss is":0.37,"boss who":0.48,"boss you":0.5,"bottom":0.54,"bully":0.85,"bully and":0.85,"by":-0.34,"cafe was":0.36,"call centre":0.4,"calm":0.47,"calm style":0.48,"can't wait":0.34,"carrying":0.49,"carrying them":0.49,"centre":0.35,"centre is":0.4,"cert":-0.38,"cert is":-0.38,"change":0.34,"cheers":-0.67,"clueless":0.52,"clueless director":0.52,"co workers":0.32,"colleagues":0.78,"colleagues gossip":0.87,"com":-0.53,"company":0.67,"company is":0.5,"company was":0.89,"completely":0.83,"completely out":0.56,"completely useless":0.48,"constantly":0.96,"constantly belittles":0.96,"corners":0.55,"corners everywhere":0.55,"couldn't":0.69,"couldn't organise":0.39,"couldn't write":0.31,"covering":0.32,"covering for":0.32,"crook":0.55,"crook who":0.55,"culture":0.32,"culture was":0.43,"current":0.95,"current employer":0.5,"current manager":0.99,"current store":0.32,"current team":0.79,"current til":-0.38,"cut":0.31,"cut corners":0.55,"day and":0.8,"days":-0.42,"days and":-0.43,"dear":-0.95,"dear mr":-0.45,"dear ms":-0.43,"demoralising":-0.44,"department":0.41,"department is":0.46,"desperate":0.33,"desperate to":0.37,"developers":0.31,"developers on":0.31,"director":0.51,"director your":0.52,"dirt":0.43,"dirt so":0.43,"dishonest":0.47,"do":-0.34,"doing":0.42,"don't":0.67,"don't know":0.48,"don't pay":0.51,"done":0.73,"down":-0.38,"dr":-0.37,"employer":1.73,"employer has":0.46,"employer treated":0.86,"employer you":0.51,"everyone":0.68,"everyone knows":0.46,"everyone your":0.48,"everywhere":0.55,"example":-0.43,"example com":-0.36,"eze":-0.34,"firm was":0.5,"foods":0.41,"foods because":0.47,"for lazy":0.32,"for ten":-0.43,"for treats":0.79,"for which":0.36,"forklift":-0.4,"forklift cert":-0.38,"four years":0.4,"from top":0.54,"get nothing":0.87,"good":-0.46,"gossip":0.87,"gossip all":0.87,"grace":-0.5,"grateful":-0.44,"grateful for":-0.31,"great":-0.47,"had awful":0.42,"hannah":-0.54,"has":0.62,"has no":0.95,"has zero":0.51,"have":-0.4,"head":1.23,"head has":0.43,"head never":0.42,"head of":0.43,"hi":-1.12,"honestly":1.07,"honestly my":1.0,"honestly the":0.72,"hope":-0.61,"i can't":0.41,"i only":0.47,"i ran":-0.39,"i taught":0.42,"i temp":0.79,"i walked":0.35,"i was":-0.32,"i work":1.19,"i'd":-0.59,"i'm applying":0.67,"i'm at":0.43,"i'm desperate":0.34,"i'm grateful":-0.33,"i'm keen":0.58,"i'm tired":0.8,"i've":-0.79,"i've been":-0.45,"idea":0.65,"idea about":0.43,"idea how":0.34,"if":-0.42,"in":-0.35,"in my":-0.36,"in your":-0.32,"inbox":-0.43,"inbox for":-0.43,"incompetent":1.12,"incompetent and":0.47,"incompetent which":0.67,"is a":1.18,"is badly":0.43,"is completely":0.48,"is current":-0.38,"is incompetent":0.67,"is my":-0.32,"is very":0.47,"is why":1.01,"it was":-0.57,"it's":-0.31,"its":0.48,"its workers":0.79,"job the":0.55,"joke":0.36,"joke nobody":0.36,"just lets":0.4,"keen for":0.51,"kind":-0.54,"kind regards":-0.46,"knew":0.36,"knew what":0.36,"know any":0.53,"knows":0.46,"knows it":0.46,"last":0.35,"last company":0.31,"last employer":0.93,"last school":0.34,"lazy":1.08,"lazy and":0.77,"lazy co":0.32,"lead":0.58,"lead is":0.67,"leadership":0.92,"leadership and":0.42,"leadership skills":0.51,"learned there":-0.31,"leave":0.76,"leave because":0.37,"left zenith":0.47,"lets":0.4,"lets her":0.4,"like dirt":0.43,"like numbers":0.65,"listen":0.5,"lives":0.44,"management":1.91,"management at":0.39,"management just":0.4,"management was":0.47,"management where":0.72,"manager":0.59,"manager has":0.53,"manager is":0.48,"managers":0.51,"managers are":0.56,"marcus":-0.32,"meeting":-0.3,"modern":0.53,"modern tools":0.53,"mr":-0.5,"mrs":-0.37,"ms":-0.59,"my boss":0.88,"my colleagues":0.87,"my current":1.28,"my department":0.46,"my forklift":-0.37,"my inbox":-0.43,"my last":0.68,"my old":1.08,"my present":0.43,"my previous":0.49,"my store":0.39,"my supervisor":1.55,"my team":0.67,"never":0.53,"never backed":0.42,"new starters":0.82,"nightmare":1.21,"nightmare to":0.85,"no":0.3,"no idea":0.95,"nobody there":0.36,"not":-0.6,"note":-0.41,"nothing":0.37,"nothing done":0.87,"nothing which":-0.43,"now":1.1,"now don't":0.51,"now is":0.43,"now the":0.56,"numbers":0.58,"nurses":0.45,"of carrying":0.49,"of covering":0.32,"of touch":0.56,"okafor":-0.3,"old":0.88,"old boss":0.39,"old company":0.54,"on the":-0.3,"on time":0.47,"one":-0.48,"only left":0.47,"organise":0.39,"organise a":0.39,"out":0.4,"out of":0.45,"owner":0.86,"owner at":0.36,"owner was":0.52,"owners":0.51,"owners of":0.51,"pay on":0.49,"people":0.71,"people on":0.49,"please":-0.45,"present":0.41,"present company":0.43,"previous":0.48,"previous employer":0.43,"previous firm":0.5,"priya":-0.44,"programme":0.45,"programme really":0.5,"ran":-0.38,"really":-0.37,"really appealed":0.5,"refreshing my":-0.43,"regards":-1.05,"relief":0.99,"restaurant":0.51,"restaurant i":0.51,"rota":0.33,"rota to":0.39,"run":1.0,"run a":0.34,"run and":0.4,"run from":0.54,"rush":-0.31,"save":0.59,"save their":0.69,"school":0.49,"school i":0.33,"school i'm":0.43,"seem":0.44,"seem to":0.44,"seemed":0.3,"seemed to":0.5,"seniors":0.53,"seniors there":0.53,"shambles":1.21,"shambles so":0.5,"shout":0.51,"shout at":0.51,"shouts":0.48,"shouts at":0.48,"similar":-0.39,"since":-0.33,"sincerely":-0.84,"skills":0.44,"skills so":0.51,"so i'm":0.7,"so your":0.92,"staff":0.36,"staff like":0.43,"starters":0.82,"still":-0.38,"store":0.57,"store couldn't":0.39,"structured":0.5,"structured training":0.5,"style":0.48,"style was":0.48,"supervisor":1.39,"supervisor at":0.62,"supervisor constantly":0.96,"take":-0.31,"taught at":0.42,"teaching":0.39,"team are":0.49,"team couldn't":0.31,"team lead":0.64,"team's":0.49,"team's approach":0.52,"temp":0.79,"temp for":0.79,"ten":-0.42,"ten days":-0.43,"terribly":0.75,"test to":0.31,"thanks":-0.68,"thanks again":-0.33,"the agency":0.79,"the company":-0.31,"the developers":0.31,"the head":1.29,"the last":0.32,"the management":0.72,"the managers":0.56,"the new":0.43,"the owner":0.9,"the owners":0.51,"the people":0.76,"the restaurant":0.51,"the school":0.38,"the seniors":0.53,"their":1.11,"their lives":0.69,"their management":0.47,"them":0.4,"there don't":0.53,"there knew":0.36,"they":0.31,"they were":0.36,"this":-0.51,"three":-0.34,"til":-0.38,"til 0":-0.38,"tired":0.8,"tired of":0.8,"to bottom":0.54,"to get":-0.33,"to leave":0.84,"to listen":0.5,"to run":0.34,"to save":0.69,"to value":0.51,"tom":-0.34,"tools":0.5,"top":0.5,"top to":0.54,"training programme":0.5,"treated":0.86,"treated staff":0.43,"treated us":0.44,"treats":1.0,"treats its":0.79,"two":-0.39,"under":0.38,"under a":0.49,"unit test":0.31,"unlike":0.99,"unlike my":0.99,"us":0.98,"us like":0.65,"us up":0.42,"useless":0.48,"useless so":0.48,"value":0.51,"value your":0.51,"very backward":0.53,"wait to":0.39,"walked":0.31,"walked out":0.36,"warm":-0.35,"warm regards":-0.34,"was a":0.59,"was badly":0.54,"was incompetent":0.47,"was refreshing":0.43,"week":-0.48,"weeks":-0.3,"well":-0.35,"were doing":0.36,"what they":0.36,"where":0.3,"where i":0.89,"which is":0.5,"who":0.38,"who cut":0.55,"who shouts":0.48,"why":0.87,"why i":0.36,"why i'm":0.67,"wishes":-0.32,"with the":-0.31,"work for":0.83,"work now":0.56,"workers":1.09,"workers at":0.32,"workers terribly":0.79,"write a":0.31,"year":-0.32,"years":0.35,"years of":0.32,"years under":0.52,"you actually":0.89,"you are":-0.32,"your calm":0.48,"your culture":0.43,"your nurses":0.51,"your structured":0.5,"your team's":0.52,"yours":-0.57,"zenith":0.46,"zenith foods":0.47,"zero":0.46,"zero leadership":0.51}},{"flag":"pay-perks","code":"AV505","bias":-5.7195,"weights":{"0 0":-0.57,"0 a":0.6,"13th":0.38,"13th month":0.41,"<q>":2.73,"a bonus":1.13,"a car":0.32,"a company":0.55,"a decision":-0.33,"a discount":0.45,"a gym":0.46,"a half":0.61,"a month":0.6,"a no":-0.51,"a raise":0.6,"a relocation":0.38,"a sign":0.38,"a signing":0.38,"a week":0.39,"a yes":-0.32,"able":0.48,"able to":0.48,"after probation":0.6,"after tax":0.46,"afternoon":-0.39,"again":-0.35,"aisha":-0.3,"all":-0.44,"allowance":0.76,"allowance or":0.32,"also":1.83,"also appreciate":0.5,"also confirm":0.46,"also share":0.37,"an":-0.38,"and a":1.39,"and bonuses":0.51,"and do":0.42,"and health":0.88,"and if":0.46,"and rice":0.41,"and the":-0.4,"and whether":0.42,"annual":0.8,"annual leave":0.83,"any flexibility":0.46,"any joining":0.37,"any news":-0.43,"any room":0.45,"any update":-0.47,"anything":-0.37,"anything else":-0.35,"appreciate knowing":0.5,"are included":0.41,"are pay":0.51,"as well":0.46,"ask":0.76,"ask about":0.88,"at least":0.56,"at time":0.61,"attached":-0.32,"be able":0.5,"be any":0.45,"be at":0.49,"be for":0.6,"been":-0.48,"before":-0.52,"before going":0.65,"before i":-0.49,"before you":-0.46,"begins":-0.47,"begins on":-0.47,"best":-0.89,"biweekly":0.42,"biweekly paychecks":0.42,"bonus":2.1,"bonus at":0.62,"bonus for":0.5,"bonus or":0.38,"bonuses":0.51,"bonuses given":0.51,"breakup":0.37,"breakup and":0.37,"by":-0.44,"by tomorrow":-0.41,"call":-0.3,"can you":0.62,"car":1.06,"car allowance":0.32,"chance":-0.33,"check how":0.39,"cheers":-0.69,"com":-0.55,"comes":1.47,"comes with":1.47,"company":0.56,"company car":0.82,"company offer":0.32,"confirm by":-0.41,"could i":0.67,"covers":0.46,"covers my":0.52,"ctc":0.37,"ctc breakup":0.37,"curious":0.45,"curious whether":0.45,"date":-0.47,"date in":-0.47,"day":-0.59,"day one":-0.47,"days":0.92,"days a":0.46,"days of":0.63,"dear":-0.94,"dear mr":-0.45,"dear ms":-0.43,"decide":-0.48,"decision":-0.46,"discount":0.45,"discount on":0.45,"do staff":0.31,"do weekly":0.42,"does":1.44,"does the":1.44,"don't":-0.42,"dr":-0.32,"else":-0.37,"end of":0.38,"example":-0.43,"example com":-0.36,"expect in":0.67,"expect to":-0.42,"eze":-0.34,"family":0.31,"family and":0.46,"first pay":0.5,"flexibility":0.46,"flexibility on":0.46,"for night":0.54,"for nurses":0.5,"for this":0.98,"free":0.55,"free meals":0.75,"fridays":0.62,"from home":1.1,"fuel card":0.32,"further":0.5,"further i'd":0.65,"get":1.2,"get a":0.59,"get free":0.75,"given":0.41,"going further":0.65,"good":-0.42,"grace":-0.5,"guys":0.41,"guys do":0.42,"gym":0.74,"gym membership":0.74,"half":0.51,"hannah":-0.54,"have":-0.56,"health":0.46,"health insurance":1.34,"hi":-1.12,"holiday":0.59,"holiday the":0.39,"home":1.2,"home after":0.46,"home on":0.65,"home three":0.46,"honestly":-0.36,"hope":-0.48,"hourly":1.3,"hourly pay":0.42,"hourly rate":0.63,"hourly wage":0.45,"how":0.3,"how many":0.88,"how much":0.53,"how often":0.51,"i be":0.65,"i expect":0.46,"i get":0.78,"i have":-0.32,"i know":-0.33,"i sign":-0.47,"i wanted":0.36,"i'd also":0.76,"i'd be":-0.31,"i'd like":0.75,"i'd love":-0.31,"i'd want":0.65,"i'll":-0.57,"i'm":-0.59,"i've":-0.51,"idea":-0.44,"idea of":-0.33,"if i":-0.35,"in this":0.67,"include":1.1,"include a":0.38,"include health":0.46,"included":0.39,"insurance":1.34,"insurance begins":-0.47,"insurance covers":0.52,"insurance for":0.46,"is for":0.36,"is it":-0.32,"is mine":-0.52,"is overtime":1.06,"is there":0.35,"it":-0.34,"it a":-0.32,"it's":-0.36,"its":-0.33,"job is":-0.52,"job pay":0.42,"join":-0.33,"join the":-0.34,"joining bonus":0.37,"just curious":0.45,"kind of":0.44,"kind regards":-0.56,"kindly also":0.37,"know how":0.77,"know the":0.36,"know what":-0.46,"knowing":0.5,"knowing when":0.5,"last":-0.39,"least":0.51,"least r45":0.65,"leave":1.02,"leave comes":0.59,"like to":0.54,"longer":-0.51,"longer before":-0.46,"love":-0.36,"love to":-0.34,"make":-0.44,"many":0.7,"many days":0.63,"marcus":-0.33,"me what":1.03,"meals":0.75,"meals on":0.75,"meeting":-0.36,"membership":0.74,"mine":-0.51,"month":0.57,"month pay":0.41,"morning":-0.42,"morning whether":-0.35,"mr":-0.5,"mrs":-0.36,"ms":-0.59,"much annual":0.59,"much does":0.42,"much longer":-0.46,"my family":0.31,"my parents":0.52,"need":-0.41,"negotiate":0.45,"negotiate the":0.45,"news":-0.45,"news on":-0.43,"next":-0.4,"night shifts":0.54,"no":-0.59,"not":-0.52,"nurses":0.37,"nurses who":0.5,"of holiday":0.65,"of salary":0.67,"offer":-0.35,"offer a":0.32,"offer and":-0.44,"often":0.38,"often are":0.51,"okafor":-0.31,"on bonus":0.5,"on day":-0.47,"on fridays":0.62,"on shift":0.75,"on takeaways":0.45,"on the":-0.36,"on weekends":0.42,"on working":0.46,"one":-0.52,"or biweekly":0.42,"or fuel":0.32,"or not":-0.37,"overtime":0.87,"overtime allowance":0.46,"overtime paid":0.61,"package":1.0,"package to":0.65,"paid":0.88,"paid at":0.61,"parents":0.52,"parents as":0.52,"pay":1.98,"pay and":0.82,"pay be":0.54,"pay on":0.34,"pay review":0.5,"pay reviews":0.51,"paychecks":0.42,"pension":0.85,"pension and":0.88,"please also":0.46,"position":0.86,"position include":0.74,"priya":-0.48,"probation":0.6,"r45":0.65,"r45 0":0.65,"raise":0.6,"raise after":0.6,"range":0.36,"range is":0.36,"rate":0.61,"rate is":0.63,"really":-0.52,"regards":-1.1,"relocation":0.38,"relocation package":0.38,"review":0.4,"review would":0.5,"reviews":0.47,"reviews and":0.51,"rice":0.41,"rice subsidy":0.41,"role comes":0.92,"role include":0.38,"room to":0.45,"salary":1.46,"salary could":0.67,"salary for":0.8,"salary range":0.36,"second":-0.36,"share":0.66,"share the":0.37,"share whether":0.52,"shift":0.43,"shift and":0.43,"shifts":0.54,"sign could":-0.47,"sign on":0.5,"signing":0.38,"signing bonus":0.38,"sincerely":-0.84,"so":-0.46,"soon":-0.3,"staff":0.34,"staff get":0.75,"start date":-0.47,"start this":0.5,"starting":0.53,"starting salary":0.59,"subsidy":0.41,"subsidy are":0.41,"take home":0.46,"take place":0.5,"takeaways":0.45,"tax":0.46,"tax and":0.46,"team":-0.33,"team is":-0.36,"tell":0.31,"tell me":0.33,"thanks":-0.74,"thanks again":-0.35,"the 13th":0.41,"the company":0.4,"the ctc":0.37,"the end":0.39,"the first":0.5,"the hourly":1.36,"the package":0.64,"the panel":-0.35,"the pay":0.36,"the pension":0.88,"the position":0.76,"the role":0.41,"the salary":0.52,"the second":-0.36,"the start":-0.46,"the starting":0.59,"the take":0.46,"the timeline":-0.44,"the written":-0.47,"the year":0.6,"there":0.74,"there a":0.9,"there anything":-0.33,"there be":0.45,"there is":0.52,"there's":0.46,"there's a":0.5,"this position":0.83,"this role":0.75,"this summer":0.35,"three days":0.46,"time and":0.38,"timeline":-0.52,"to ask":0.93,"to check":0.32,"to know":0.95,"to negotiate":0.45,"today":-0.38,"tom":-0.33,"tomorrow":-0.41,"tomorrow morning":-0.35,"two":-0.3,"up":-0.46,"update":-0.5,"update on":-0.48,"wage":0.37,"want the":0.65,"wanted":0.45,"wanted to":0.5,"warm":-0.35,"warm regards":-0.34,"was":-0.32,"was a":-0.38,"we":-0.34,"weekends":0.36,"weekly or":0.42,"what":0.51,"what kind":0.67,"what the":0.84,"what would":0.54,"what's":0.8,"what's the":0.8,"whats":0.42,"whats the":0.42,"when":-0.4,"when the":0.33,"whether":0.33,"whether staff":0.45,"whether there's":0.51,"who start":0.5,"will":-0.49,"will be":-0.32,"wishes":-0.36,"with a":0.38,"work from":0.65,"working from":0.46,"would i":1.48,"would take":0.5,"would the":0.91,"would there":0.45,"written":-0.49,"written offer":-0.47,"year":0.55,"yes":-0.31,"yes or":-0.32,"yet":-0.45,"you confirm":-0.63,"you decide":-0.46,"you guys":0.41,"you share":0.52,"you tell":0.83,"yours":-0.57}},{"flag":"self-putdown","code":"AV507","bias":-5.6938,"weights":{"0":-0.33,"0 0":-0.42,"<q>":-0.59,"a bit":0.52,"a colleague":0.51,"a degree":0.42,"a hash":0.65,"a mess":0.76,"a nervous":0.73,"about budgets":0.77,"about conflict":0.51,"about that":0.42,"accept":-0.38,"across":0.85,"across as":0.88,"adeyemi":-0.37,"afraid":0.76,"afraid my":0.76,"after":-0.53,"afternoon":-0.3,"again":-0.46,"against":0.38,"against me":0.42,"age":0.39,"age i'm":0.39,"all as":0.64,"all over":0.36,"am not":0.64,"an idiot":0.5,"and it":0.48,"and my":0.41,"answer":-0.45,"answers":1.74,"answers i":0.64,"answers were":1.13,"any":-0.39,"anyway":0.38,"applicant":0.34,"applicant you":0.34,"applicants":0.31,"are":-0.33,"as":0.47,"as quick":0.39,"as the":0.58,"as totally":0.48,"as you":0.42,"at all":0.39,"at interviews":0.55,"attached":-0.41,"available":-0.32,"aware":1.12,"aware i":0.65,"aware i'm":0.49,"awkward":0.61,"awkward i'm":0.61,"back":-0.37,"bad":0.55,"bad at":0.55,"badly":0.96,"badly in":1.13,"be what":0.43,"because":-0.41,"been":-0.49,"being so":0.5,"best":-0.93,"bit":0.43,"bit of":0.76,"blank":0.64,"blank on":0.64,"blanked":1.01,"blanked on":1.01,"boss":-0.49,"budget":0.64,"budget question":0.64,"budgets":0.77,"busy":-0.47,"but":1.13,"but i":0.86,"but i'd":0.57,"by":-0.41,"came":0.75,"came across":0.88,"can":-0.41,"candidate":0.47,"candidate but":0.5,"care":-0.37,"case":0.58,"case study":0.83,"change":-0.36,"cheers":-0.68,"co":-0.38,"colleague":0.51,"com":-0.57,"communication":0.48,"communication was":0.5,"company":-0.32,"completely blanked":0.6,"computers":0.39,"computers as":0.39,"conflict":0.51,"conflict with":0.51,"counts":0.4,"counts heavily":0.42,"current":-0.36,"cv is":0.43,"day":-0.45,"dear":-0.94,"dear mr":-0.45,"dear ms":-0.43,"degree":0.42,"degree probably":0.42,"delighted":-0.31,"delighted to":-0.31,"did":0.38,"did not":0.31,"did terribly":0.82,"do justice":0.5,"don't":0.55,"don't interview":0.64,"don't think":0.59,"doubt":0.38,"doubt i'm":0.38,"down":0.63,"down badly":1.13,"dr":-0.33,"earlier":-0.34,"email":-0.45,"embarrassing":1.61,"enough":0.59,"enough for":0.59,"even":-0.31,"example":-0.43,"example com":-0.35,"exercise":0.81,"experience":0.32,"experience will":0.68,"experienced":0.76,"experienced applicant":0.34,"experienced person":0.49,"eze":-0.34,"feel i":0.5,"fluffed":0.77,"fluffed the":0.77,"for a":-0.34,"for being":0.38,"for but":0.38,"for rambling":0.55,"for this":0.45,"forgive":0.64,"forgive me":0.64,"forgot":0.5,"forgot half":0.5,"fumbled":0.51,"fumbled the":0.51,"get it":0.68,"good enough":0.59,"good speaker":0.64,"got the":0.35,"grace":-0.5,"grateful":-0.4,"had":-0.35,"half":0.41,"half of":0.5,"hannah":-0.54,"has":-0.47,"hash":0.65,"hash of":0.65,"have talked":0.58,"heard":-0.39,"heavily":0.42,"heavily against":0.42,"hi":-1.12,"honestly":-0.47,"hope":-0.51,"hopeless":0.61,"hopeless in":0.61,"hoping":-0.37,"how":-0.37,"i completely":0.39,"i did":0.97,"i don't":0.87,"i doubt":0.38,"i feel":0.45,"i fluffed":0.77,"i forgot":0.5,"i fumbled":0.51,"i got":0.39,"i have":-0.45,"i hope":-0.35,"i know":1.54,"i made":0.64,"i may":0.92,"i must":0.43,"i probably":0.65,"i realise":1.71,"i totally":0.42,"i wanted":0.4,"i was":0.59,"i work":0.36,"i'll":-0.57,"i'm":1.21,"i'm afraid":0.76,"i'm aware":1.12,"i'm grateful":-0.31,"i'm hopeless":0.61,"i'm keen":-0.32,"i'm kicking":0.47,"i'm not":1.22,"i'm probably":1.06,"i'm really":0.82,"i'm still":-0.34,"i'm sure":0.85,"i'm what":0.38,"i've":-0.48,"idiot":0.5,"if":-0.63,"if i":-0.34,"in interviews":0.61,"in my":-0.39,"interview well":0.64,"interviewed":0.49,"interviews":0.78,"is":-0.32,"is rather":0.43,"it over":0.68,"it probably":0.73,"it was":-0.4,"it's":-0.32,"join":-0.31,"joining":-0.31,"just":-0.32,"justice":0.5,"justice to":0.5,"keen":-0.38,"kicking":0.47,"kicking myself":0.47,"kind":-0.55,"kind regards":-0.46,"know":0.38,"know i":1.46,"know my":0.79,"lack":0.42,"lack of":0.42,"last":-0.55,"least experienced":0.49,"let me":0.58,"like an":0.5,"looked like":0.5,"looking":0.4,"looking for":0.67,"madam":0.5,"made a":0.59,"marcus":-0.32,"maths":1.13,"maths let":1.13,"may":0.77,"may have":0.58,"may not":0.43,"me down":1.13,"me for":0.45,"mess":0.76,"mind":0.47,"mind went":0.64,"more experience":0.68,"most experienced":0.34,"mr":-0.52,"mrs":-0.39,"ms":-0.59,"much i'm":0.55,"must":0.39,"must have":0.5,"my age":0.39,"my answers":1.13,"my communication":0.5,"my current":-0.31,"my earlier":-0.33,"my lack":0.42,"my last":-0.39,"my maths":1.13,"my mind":0.53,"my old":-0.33,"my poor":0.64,"my presentation":0.74,"myself":1.2,"myself and":0.44,"myself out":0.58,"nervous":1.32,"nervous i":0.5,"nervous wreck":0.73,"never":-0.3,"next":-0.31,"no":-0.34,"not":1.27,"not a":0.64,"not as":0.6,"not be":0.43,"not do":0.5,"not the":1.05,"not to":-0.31,"noticed":0.87,"now":-0.36,"numbers":0.35,"numbers wrong":0.47,"of a":1.08,"of my":-0.33,"okafor":-0.31,"old":-0.36,"one":-0.53,"out of":0.44,"over":0.44,"over me":0.68,"over the":0.31,"pass":-0.31,"person":0.47,"person you":0.49,"play":0.65,"play exercise":0.65,"please":-0.55,"poor":1.13,"poor answers":0.64,"poor madam":0.5,"presentation":0.74,"presentation was":0.76,"pretty":0.77,"pretty weak":0.79,"priya":-0.44,"probably":3.15,"probably came":0.65,"probably counts":0.42,"probably not":0.6,"probably noticed":0.64,"probably showed":0.73,"probably the":0.49,"question":1.4,"question about":0.72,"question so":0.64,"question which":0.42,"questions":0.58,"quick with":0.39,"rambling":0.55,"rambling so":0.55,"rather":0.31,"rather thin":0.43,"realise":1.71,"realise i":0.58,"realise i'm":0.34,"realise my":0.84,"really bad":0.55,"really good":0.59,"regards":-1.05,"reply":-0.37,"role but":0.59,"role play":0.65,"room":-0.34,"safety":0.3,"safety question":0.42,"say":0.61,"say i":0.5,"say thanks":0.38,"sharpest":0.5,"sharpest candidate":0.5,"showed":0.46,"since":-0.41,"sincerely":-0.84,"skills":-0.37,"so all":0.36,"so awkward":0.61,"so embarrassing":0.64,"so i":-0.37,"so nervous":0.5,"someone":0.61,"someone with":0.68,"sorry":1.83,"sorry about":0.48,"sorry for":1.14,"sorry my":0.36,"speaker":0.64,"start":-0.35,"still":-0.38,"study":0.8,"study and":0.47,"study which":0.6,"sure":0.9,"sure i":0.75,"sure someone":0.68,"take":-0.38,"talked":0.42,"talked myself":0.58,"technical":0.77,"technical questions":0.82,"terribly":0.71,"terribly on":0.82,"thanks":-0.55,"thanks anyway":0.38,"the budget":0.64,"the case":0.9,"the job":0.37,"the least":0.49,"the numbers":0.45,"the place":0.34,"the question":0.87,"the safety":0.42,"the sharpest":0.5,"the technical":0.77,"the test":0.61,"the younger":0.39,"thin":0.4,"thin and":0.43,"think":0.32,"think i'm":0.59,"this":-0.45,"three":-0.55,"time":-0.31,"to be":-0.46,"to myself":0.5,"to say":0.68,"to try":0.59,"tom":-0.34,"totally":0.89,"totally blanked":0.42,"totally unprepared":0.48,"try":0.59,"two":-0.4,"understand":-0.46,"unprepared":0.65,"unprepared sorry":0.48,"up":-0.38,"very poor":0.5,"wanted":0.34,"wanted to":0.39,"warm":-0.35,"warm regards":-0.35,"was embarrassing":1.01,"was so":0.46,"was very":0.44,"we":-0.39,"weak":0.79,"week":-0.42,"weeks":-0.31,"well at":0.64,"went":0.56,"went blank":0.64,"were":0.8,"were pretty":0.79,"were so":0.36,"what you're":0.53,"whether":-0.32,"which":0.34,"which was":1.01,"who":-0.45,"will get":0.68,"wishes":-0.33,"with computers":0.39,"with more":0.68,"with thanks":-0.31,"with the":-0.37,"work hard":0.5,"wreck":0.73,"wreck and":0.73,"wrong":0.44,"wrong in":0.47,"years":-0.39,"you interviewed":0.49,"you probably":0.64,"you saw":0.34,"you're looking":0.8,"younger":0.39,"younger applicants":0.39,"yours":-0.6}},{"flag":"begging","code":"AV509","bias":-5.8385,"weights":{"0 0":-0.48,"<q>":-0.69,"a chance":0.39,"a shot":0.76,"about this":-0.4,"absolutely anything":0.32,"accept any":0.64,"actually":-0.44,"afford":0.31,"afford to":0.31,"after":-0.44,"afternoon":-0.3,"again":-0.39,"all":0.71,"all i":1.33,"am begging":0.63,"am desperate":0.57,"am very":-0.31,"an":-0.33,"and my":0.36,"and this":0.56,"and would":0.47,"another no":0.52,"any position":0.64,"any wage":0.66,"anything else":-0.34,"are":0.46,"are my":1.18,"as":-0.45,"ask":0.51,"at all":0.83,"at this":0.64,"be working":0.66,"been jobless":0.57,"been turned":0.52,"beg":0.52,"beg you":0.52,"begging":1.24,"begging you":1.24,"best":-0.87,"bills":0.43,"bills piling":0.45,"but":-0.32,"by friday":-0.32,"can":-0.45,"can't":0.61,"can't afford":0.31,"can't take":0.52,"chance":1.11,"chance is":0.69,"chance please":0.31,"cheers":-0.63,"com":-0.53,"consider":0.75,"consider me":0.75,"day":-0.35,"dear":-0.9,"dear mr":-0.44,"dear ms":-0.42,"delighted":-0.35,"delighted to":-0.31,"depends":0.6,"depends on":0.6,"desperate":1.11,"desperate at":0.64,"desperate for":0.57,"desperately":0.66,"desperately need":0.66,"do":1.11,"do absolutely":0.32,"do not":0.39,"do whatever":0.76,"dollars":0.56,"dollars and":0.56,"don't":0.73,"don't get":0.68,"don't know":0.65,"don't pass":0.5,"don't reject":0.48,"down":0.93,"down so":0.52,"down to":0.51,"dr":-0.31,"else to":0.67,"ever":-0.33,"everything":0.36,"everything to":0.48,"example":-0.41,"example com":-0.35,"eze":-0.32,"family":1.02,"family depends":0.6,"feedback":-0.32,"feel":-0.35,"few":0.5,"few dollars":0.56,"find":-0.31,"for free":0.34,"free if":0.34,"friday":-0.39,"from me":-0.52,"get this":0.68,"give":1.29,"give me":1.4,"god":0.41,"god do":0.52,"going":-0.3,"good":-0.46,"got":-0.35,"grace":-0.46,"grateful":-0.33,"hannah":-0.51,"has":-0.36,"have bills":0.43,"have nowhere":0.67,"hear":-0.3,"here":0.6,"here one":0.69,"hi":-1.07,"hire":0.67,"hire me":0.67,"honestly":0.35,"honestly don't":0.68,"hope right":1.22,"i ask":0.69,"i beg":0.52,"i can":-0.33,"i honestly":0.68,"i hope":-0.34,"i just":0.47,"i promise":0.62,"i really":0.91,"i want":-0.31,"i will":0.37,"i won't":0.47,"i'd take":0.57,"i'll":0.69,"i'll do":1.08,"i'll work":0.31,"i'm begging":0.65,"i'm desperate":0.56,"i'm down":0.56,"i'm on":0.69,"i'm pleading":1.19,"i'm sure":-0.34,"i've been":0.31,"if i":0.34,"if that's":0.34,"is all":0.69,"it takes":1.08,"it's":-0.31,"job":0.68,"job i":0.87,"job i'll":0.32,"job means":0.48,"job would":0.56,"jobless":0.57,"jobless since":0.57,"just":0.64,"just desperately":0.66,"just hire":0.76,"just please":0.43,"kind":-0.5,"kind regards":-0.46,"knees":0.69,"knees here":0.69,"know if":-0.34,"know what":0.58,"last few":0.56,"left":-0.36,"let this":0.52,"lose":0.31,"lose this":0.31,"many":0.34,"many times":0.52,"marcus":-0.3,"me a":0.95,"me by":0.47,"me i":0.76,"me my":0.6,"me over":0.88,"me this":0.95,"means":0.48,"means everything":0.48,"meeting":-0.33,"month for":0.34,"more":-0.56,"mr":-0.49,"mrs":-0.34,"ms":-0.57,"my family":1.02,"my knees":0.69,"my only":1.22,"name":0.49,"name of":0.52,"need":0.46,"need this":1.27,"no please":0.52,"no rush":-0.31,"not let":0.52,"not to":0.39,"now":0.79,"nowhere":0.67,"nowhere else":0.67,"of god":0.52,"offer":-0.32,"on it":0.6,"one chance":0.91,"only":1.0,"only hope":1.22,"opportunity":0.37,"opportunity pass":0.52,"over":0.42,"over this":0.44,"pass":1.12,"pass me":1.43,"pick":0.84,"pick me":0.92,"piling":0.45,"piling up":0.45,"pleading":1.32,"pleading with":1.32,"please":1.28,"please don't":0.61,"please give":0.65,"please i":0.56,"please pick":0.92,"please please":0.62,"pls":0.57,"pls sir":0.57,"point":0.54,"point and":0.64,"position at":0.47,"priya":-0.44,"probably":-0.32,"promise":0.62,"promise you":0.62,"really can't":0.82,"really have":0.53,"really need":0.77,"really really":0.45,"regards":-1.01,"regret":0.62,"regret it":0.62,"reject":0.48,"reject me":0.48,"right":1.12,"right now":1.22,"role i":0.62,"rush":-0.33,"save":0.51,"save me":0.56,"shot":0.76,"since 0":0.57,"sincerely":-0.79,"sir":0.49,"sir i":0.67,"so many":0.52,"start":-0.44,"sure":-0.35,"take":0.46,"take another":0.52,"take any":0.66,"takes":0.97,"takes if":0.76,"takes just":0.34,"tell":-0.31,"tell me":-0.31,"thanks":-0.69,"thanks again":-0.32,"that's what":0.34,"the name":0.49,"things":-0.4,"this":0.68,"this chance":0.49,"this job":1.68,"this opportunity":0.51,"this point":0.64,"this position":0.37,"this role":0.43,"this week":-0.33,"times":0.4,"times that":0.52,"to accept":-0.32,"to consider":0.6,"to get":-0.34,"to give":0.6,"to lose":0.31,"to my":0.47,"to pass":0.43,"to turn":0.67,"to work":-0.36,"today":-0.3,"tom":-0.31,"turn":0.67,"turn i":0.53,"turned":0.43,"turned down":0.52,"two":-0.39,"very":-0.33,"wage":0.63,"wage at":0.66,"want":-0.51,"want this":-0.37,"warm":-0.34,"warm regards":-0.34,"was":-0.31,"week":-0.41,"well":-0.64,"what i'll":0.68,"what it":0.34,"whatever":0.61,"whatever it":0.71,"whether":-0.46,"will do":0.76,"wishes":-0.3,"with you":0.6,"won't":1.07,"won't regret":0.62,"work the":0.33,"working":0.35,"would accept":0.64,"would save":0.56,"you are":0.78,"you in":0.49,"you just":0.63,"you need":-0.75,"you not":0.44,"you please":0.5,"you to":1.06,"you well":-0.35,"you won't":0.62,"you're":-0.43,"yours":-0.55}}]};
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
