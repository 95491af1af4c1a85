using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace ActorGraph.Core.Identity;

/// <summary>
/// Folds names for comparison: case, diacritics and punctuation do not distinguish people
/// ("Sergey Lavrov", "sergey  lavrov", "Sérgey Lavrov." fold alike).
/// </summary>
public static class NameFolding
{
    // Letters with diacritics and their base letters (Latin-1, Latin Extended-A/B and Additional, Greek), generated
    // from Unicode's canonical decompositions. A table rather than string.Normalize, which does nothing under
    // InvariantGlobalization (Directory.Build.props): "Erdoğan" must fold like "Erdogan" on every machine.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ;";
    private const string Unaccented = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy;";

    private static readonly FrozenDictionary<char, string> BaseLetters = Accented.Select((c, i) => (c, Unaccented[i].ToString()))
        .Concat(new (char, string)[]
        {
            ('ß', "ss"), ('æ', "ae"), ('Æ', "ae"), ('ø', "o"), ('Ø', "o"), ('đ', "d"), ('Đ', "d"), ('ł', "l"), ('Ł', "l"), ('ı', "i"),
            ('œ', "oe"), ('Œ', "oe"), ('þ', "th"), ('Þ', "th"), ('ð', "d"), ('Ð', "d"), ('ħ', "h"), ('Ħ', "h"), ('ŧ', "t"), ('Ŧ', "t"),
            ('ŀ', "l"), ('Ŀ', "l"), ('ĸ', "k"), ('ſ', "s"), ('ƒ', "f"), ('ə', "e"), ('Ə', "e"), ('ǝ', "e"),
        })
        .ToFrozenDictionary(p => p.Item1, p => p.Item2);

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                if (c > 127 && BaseLetters.TryGetValue(c, out var baseLetters))
                {
                    sb.Append(baseLetters.ToLowerInvariant());
                }
                else
                {
                    sb.Append(char.ToLowerInvariant(c));
                }
            }
            else if (c is '\'' or '\u2019' or '\u02BC' or '\u02BB' or '.')
            {
                // "O'Brien" and "U.S." fold to "obrien" and "us": these marks join, they do not separate.
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>A folded name with spaces turned into hyphens, for use inside ids.</summary>
    public static string Slug(string text) => Fold(text).Replace(' ', '-');

    /// <summary>The last word of a folded name ("antony blinken" → "blinken"), ignoring generational suffixes.</summary>
    public static string Surname(string foldedName)
    {
        ArgumentNullException.ThrowIfNull(foldedName);
        var parts = foldedName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (parts[i] is not ("jr" or "sr" or "ii" or "iii" or "iv"))
            {
                return parts[i];
            }
        }

        return foldedName;
    }
}
